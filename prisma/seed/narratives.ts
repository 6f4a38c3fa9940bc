// Polish content for the demo company's refusal reports (prisma/seed/demo.ts).
// Wording follows the guide on when an employee may refuse service: the
// grounds (aggression, unlawful or against-policy requests, lack of authority
// or knowledge, safety), explaining the reasons, offering an alternative and
// reporting to the supervisor.
//
// Texts are written in the first person of the employee (or, for supervisors,
// addressed to the employee). Words that depend on the employee's grammatical
// gender are written as {masculine|feminine}, e.g. "odmówił{em|am}"; call
// inflect(text, gender) before storing them.
import type { AggressionKind, Outcome, ReportCategory } from "../../lib/generated/prisma/client.ts";

export type Gender = "m" | "f";

/** Replaces every {masculine|feminine} pair with the form for `gender`. */
export function inflect(text: string, gender: Gender): string {
  return text.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, m: string, f: string) => (gender === "m" ? m : f));
}

export type Scenario = {
  narrative: string;
  customerRequest: string;
  /** How the employee explained the refusal (used when reasonsExplained). */
  reasonsExplanation: string;
  /** The alternative or person offered; null when none was realistically possible. */
  alternativeDescription: string | null;
  /** Sub-reasons, for AGGRESSIVE_BEHAVIOUR only. */
  aggressionKinds?: AggressionKind[];
  /** A telephone conversation rather than a counter or shop-floor incident. */
  phone?: boolean;
  /** Short label of the ground, for OTHER only. */
  otherCategoryText?: string;
  /** Probabilities for the incident flags; missing means "practically never". */
  security?: number;
  police?: number;
  injury?: { chance: number; details: string };
  damage?: { chance: number; details: string };
  /** How likely the customer is to leave a bad review / go elsewhere / claim. */
  badReview?: number;
  lostCustomer?: number;
  legal?: number;
};

export const SCENARIOS: Record<ReportCategory, Scenario[]> = {
  AGGRESSIVE_BEHAVIOUR: [
    {
      narrative:
        "Klient przy kasie był zdenerwowany długim czasem oczekiwania w kolejce. Gdy podał{em|am} kwotę do zapłaty, zaczął głośno przeklinać i używać wulgaryzmów pod moim adresem. Dwukrotnie poprosił{em|am}, żeby przestał, ale kontynuował, więc przerwał{em|am} obsługę.",
      customerRequest: "Szybkie skasowanie zakupów poza kolejnością i „zrobienie porządku z tą kolejką”.",
      reasonsExplanation:
        "Spokojnie powiedział{em|am}, że nie mogę kontynuować obsługi, gdy jestem obrażan{y|a}, i że chętnie dokończę transakcję, jeśli rozmowa będzie kulturalna.",
      alternativeDescription: "Zaproponował{em|am} dokończenie zakupów przy kasie nr 1 u kierownika zmiany.",
      aggressionKinds: ["SWEARING"],
      security: 0.15,
      badReview: 0.3,
    },
    {
      narrative:
        "Klientka zadzwoniła na linię sklepu w sprawie opóźnionej dostawy. Gdy usłyszała, że termin zależy od przewoźnika, zaczęła grozić, że „dopilnuje, żebym stracił{|a} pracę” i że „wie, gdzie mnie szukać”. Po drugim ostrzeżeniu zakończył{em|am} rozmowę zgodnie z procedurą.",
      customerRequest: "Dostarczenie zamówienia jeszcze tego samego dnia oraz rekompensata pieniężna za opóźnienie.",
      reasonsExplanation:
        "Uprzedził{em|am}, że przy kolejnych groźbach zakończę rozmowę, i wyjaśnił{em|am}, że termin dostawy ustala firma kurierska, a nie sklep.",
      alternativeDescription: "Podał{em|am} adres e-mail działu reklamacji i zaproponował{em|am} kontakt z kierownikiem następnego dnia rano.",
      aggressionKinds: ["VERBAL_THREATS"],
      phone: true,
      badReview: 0.5,
      lostCustomer: 0.4,
    },
    {
      narrative:
        "Klient, któremu nie przyjęto zwrotu, podszedł bardzo blisko lady, uderzył pięścią w blat i powiedział, że „zaraz mi pokaże”. Zrobił ruch, jakby chciał mnie uderzyć. Cofn{ąłem|ęłam} się i wezwał{em|am} ochronę przyciskiem pod ladą.",
      customerRequest: "Przyjęcie zwrotu używanego towaru bez paragonu i zwrot pieniędzy w gotówce.",
      reasonsExplanation:
        "Zanim sytuacja się zaostrzyła, wyjaśnił{em|am}, że bez dowodu zakupu nie mogę przyjąć zwrotu. Po groźbach powiedział{em|am}, że ze względu na swoje bezpieczeństwo kończę obsługę.",
      alternativeDescription: "Wskazał{em|am} możliwość złożenia pisemnej reklamacji przez formularz na stronie internetowej.",
      aggressionKinds: ["PHYSICAL_THREATS", "SWEARING"],
      security: 1,
      police: 0.1,
      legal: 0.1,
    },
    {
      narrative:
        "Klient zdenerwowany odmową wymiany towaru rzucił w moją stronę opakowaniem z produktem, które trafiło mnie w ramię. Następnie próbował przejść za ladę. Ochrona wyprowadziła go ze sklepu.",
      customerRequest: "Wymiana mechanicznie uszkodzonego czajnika na nowy w ramach gwarancji.",
      reasonsExplanation:
        "Przed incydentem wyjaśnił{em|am}, że uszkodzenia mechaniczne nie są objęte gwarancją, ale mogę przyjąć towar do ekspertyzy serwisu.",
      alternativeDescription: "Zaproponował{em|am} przyjęcie czajnika do ekspertyzy serwisu producenta.",
      aggressionKinds: ["PHYSICAL_VIOLENCE", "VERBAL_THREATS"],
      security: 1,
      police: 0.6,
      injury: { chance: 0.5, details: "Zasinienie ramienia, opatrzone na miejscu z apteczki; bez wizyty u lekarza." },
      damage: { chance: 0.4, details: "Przewrócony i uszkodzony stojak z ulotkami przy kasie." },
      legal: 0.15,
    },
    {
      narrative:
        "Klientka zaczęła nagrywać mnie telefonem z bardzo bliska, komentując na głos mój wygląd i zapowiadając, że „wrzuci to do internetu, żeby wszyscy zobaczyli, jak tu obsługują”. Poprosił{em|am} o zachowanie dystansu; odmówiła i dalej mnie obrażała.",
      customerRequest: "Zwrot pieniędzy za usługę pakowania prezentów, z której skorzystała w całości.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że usługa została wykonana zgodnie z zamówieniem, a przy takim zachowaniu nie będę kontynuować rozmowy.",
      alternativeDescription: "Podał{em|am} formularz reklamacyjny i numer do biura obsługi klienta.",
      aggressionKinds: ["OTHER_ABUSE"],
      badReview: 0.8,
      lostCustomer: 0.5,
    },
    {
      narrative:
        "Klient w kolejce do punktu odbioru zamówień wulgarnie wyzywał mnie i innych klientów, twierdząc, że obsługa jest za wolna. Gdy przyszła jego kolej, zapowiedział, że „jeszcze się spotkamy po pracy”. Odmówił{em|am} dalszej obsługi i poprosił{em|am} ochronę o obecność przy stanowisku.",
      customerRequest: "Wydanie zamówienia poza kolejnością.",
      reasonsExplanation:
        "Powiedział{em|am}, że nie będę obsługiwać osoby, która mi grozi i obraża innych klientów, i że zamówienie poczeka na niego w punkcie.",
      alternativeDescription: "Zaproponował{em|am}, że zamówienie wyda kolega z drugiego stanowiska w obecności ochrony.",
      aggressionKinds: ["SWEARING", "VERBAL_THREATS"],
      security: 1,
      police: 0.05,
    },
    {
      narrative:
        "Klient pod wyraźnym wpływem alkoholu głośno krzyczał przy kasie, obrażał mnie i szarpał taśmę kasową, zrzucając z niej kilka produktów. Odmówił{em|am} obsługi i wezwał{em|am} ochronę, która poprosiła go o opuszczenie sklepu.",
      customerRequest: "Sprzedaż kolejnej butelki wódki i papierosów.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że nie sprzedajemy alkoholu osobom nietrzeźwym i że w tej sytuacji nie mogę go obsłużyć.",
      alternativeDescription: null,
      aggressionKinds: ["SWEARING", "OTHER_ABUSE"],
      security: 1,
      police: 0.1,
      damage: { chance: 0.35, details: "Rozbity słoik z przetworami z regału przy kasie; produkt spisany jako strata." },
    },
    {
      narrative:
        "Klient podczas obsługi kilkakrotnie komentował mój wygląd w niestosowny, dwuznaczny sposób i próbował złapać mnie za rękę nad ladą. Poprosił{em|am}, żeby przestał. Gdy to powtórzył, przerwał{em|am} obsługę i poprosił{em|am} koleżankę o przejęcie stanowiska.",
      customerRequest: "Dokończenie zakupów i podanie prywatnego numeru telefonu.",
      reasonsExplanation:
        "Powiedział{em|am} wprost, że takie zachowanie jest nie do przyjęcia i że nie będę go dalej obsługiwać.",
      alternativeDescription: "Zakupy dokończyła koleżanka z sąsiedniej kasy.",
      aggressionKinds: ["OTHER_ABUSE"],
      security: 0.3,
    },
    {
      narrative:
        "Podczas rozmowy telefonicznej klient od początku używał wulgaryzmów, nazywając mnie „nieudacznikiem” i „złodziejem”. Zgodnie ze skryptem dwukrotnie uprzedził{em|am}, że zakończę rozmowę, jeśli wulgaryzmy się powtórzą. Po trzecim razie rozłączył{em|am} się.",
      customerRequest: "Anulowanie opłaty za przedłużony pakiet serwisowy.",
      reasonsExplanation:
        "Dwukrotnie poinformował{em|am}, że rozmowa zostanie zakończona, jeśli klient nie przestanie przeklinać, i że chętnie pomogę w spokojnej rozmowie.",
      alternativeDescription: "Zaproponował{em|am} kontakt mailowy z działem umów serwisowych.",
      aggressionKinds: ["SWEARING"],
      phone: true,
      badReview: 0.3,
      lostCustomer: 0.4,
    },
    {
      narrative:
        "Klientka, której nie mogł{em|am} wydać zamówienia bez kodu odbioru, zaczęła krzyczeć, że „poczeka na mnie przed sklepem” i „zobaczymy, jak wtedy będę mądr{y|a}”. Mimo próśb o spokój groźby się powtarzały, więc zakończył{em|am} obsługę.",
      customerRequest: "Wydanie zamówienia internetowego bez kodu odbioru.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że kod odbioru chroni zamówienie przed wydaniem niewłaściwej osobie i że mogę go wysłać ponownie na numer z zamówienia.",
      alternativeDescription: "Zaproponował{em|am} ponowne wysłanie kodu SMS-em na numer podany w zamówieniu.",
      aggressionKinds: ["VERBAL_THREATS"],
      security: 0.4,
      police: 0.05,
    },
    {
      narrative:
        "Klient przy ladzie z usługami zaczął krzyczeć i pchnął mnie, gdy wy{szedłem|szłam} zza lady, żeby pokazać mu produkt na ekspozycji. Zachwiał{em|am} się, ale nie upadł{em|am}. Wycofał{em|am} się za ladę i wezwał{em|am} ochronę.",
      customerRequest: "Sprzedaż ekspozycyjnego odkurzacza za połowę ceny.",
      reasonsExplanation:
        "Wcześniej wyjaśnił{em|am}, że egzemplarz ekspozycyjny ma już obniżoną cenę i nie mogę jej dalej zmieniać.",
      alternativeDescription: "Zaproponował{em|am} zamówienie nowego egzemplarza w aktualnej promocji.",
      aggressionKinds: ["PHYSICAL_VIOLENCE", "SWEARING"],
      security: 1,
      police: 0.35,
      injury: { chance: 0.25, details: "Stłuczony łokieć po uderzeniu o ladę; zgłoszone w rejestrze wypadków, bez zwolnienia lekarskiego." },
      legal: 0.1,
    },
  ],

  SAFETY_BREACH: [
    {
      narrative:
        "Klient ustawił wózek z paletą zakupów w drzwiach ewakuacyjnych i nie chciał go przesunąć, twierdząc, że to „tylko na chwilę”. Do czasu usunięcia wózka wstrzymał{em|am} obsługę jego zamówienia.",
      customerRequest: "Załadowanie towaru do samochodu przez wyjście ewakuacyjne, bo jest bliżej parkingu.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że wyjście ewakuacyjne musi być cały czas drożne i nie może służyć do wynoszenia towaru — to wymóg przepisów przeciwpożarowych.",
      alternativeDescription: "Zaproponował{em|am} pomoc w przewiezieniu towaru wózkiem przez wyjście główne do samochodu.",
      security: 0.2,
      badReview: 0.2,
    },
    {
      narrative:
        "Klient palił e-papierosa przy regale z chemią gospodarczą i nie reagował na prośby o jego zgaszenie. Powiedział, że „to tylko para”. Wstrzymał{em|am} obsługę do czasu, aż zgasi urządzenie lub wyjdzie na zewnątrz.",
      customerRequest: "Doradztwo przy wyborze środków czystości bez przerywania palenia.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że w sklepie obowiązuje całkowity zakaz palenia, także e-papierosów, a w tej części sali są produkty łatwopalne.",
      alternativeDescription: "Zaproponował{em|am}, że poczekam z doradztwem, aż klient wróci po zgaszeniu urządzenia.",
      security: 0.3,
    },
    {
      narrative:
        "Klientka weszła na zaplecze magazynowe oznaczone zakazem wstępu, żeby samodzielnie poszukać towaru, mimo że pracował tam wózek widłowy. Poprosił{em|am} ją o natychmiastowe wyjście i do tego czasu nie kontynuował{em|am} obsługi.",
      customerRequest: "Samodzielne wyszukanie w magazynie rozmiaru, którego nie było na półce.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że na zaplecze nie mogą wchodzić osoby postronne ze względu na ruch wózków i ryzyko wypadku.",
      alternativeDescription: "Sprawdził{em|am} stan magazynowy w systemie i przyniosł{em|am} właściwy rozmiar z magazynu.",
      badReview: 0.15,
    },
    {
      narrative:
        "Klient wspinał się po regale, żeby zdjąć ciężki karton z najwyższej półki. Poprosił{em|am}, żeby zszedł, bo regał nie jest do tego przystosowany. Odmówił{em|am} wydania towaru, dopóki nie zejdzie i nie poczeka na pracownika z drabiną.",
      customerRequest: "Natychmiastowe wydanie kartonu z górnej półki bez czekania na pracownika z drabiną.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że wspinanie się po regale grozi jego przewróceniem i że towar z wysokich półek zdejmuje wyłącznie przeszkolony pracownik.",
      alternativeDescription: "Po kilku minutach kolega zdjął karton z użyciem drabiny i wózka.",
      damage: { chance: 0.1, details: "Wygięta półka regału, zgłoszona do działu technicznego." },
    },
    {
      narrative:
        "Klient zażądał uruchomienia grilla gazowego na sali sprzedaży, żeby sprawdzić, jak działa palnik. Miał przy sobie własną butlę gazową. Odmówił{em|am} ze względów bezpieczeństwa.",
      customerRequest: "Uruchomienie grilla gazowego z własną butlą wewnątrz sklepu.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że używanie otwartego ognia i butli gazowych w budynku jest zabronione przepisami przeciwpożarowymi.",
      alternativeDescription: "Pokazał{em|am} film producenta z prezentacją działania i zaproponował{em|am} pokaz na zewnątrz podczas dni otwartych.",
      badReview: 0.2,
      lostCustomer: 0.3,
    },
    {
      narrative:
        "Podczas próbnego alarmu przeciwpożarowego klient odmówił opuszczenia sklepu i domagał się dokończenia transakcji przy kasie. Przerwał{em|am} obsługę i poprosił{em|am} go o przejście do wyjścia razem z innymi klientami.",
      customerRequest: "Dokończenie płatności mimo trwającej ewakuacji.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że podczas alarmu wszyscy muszą opuścić budynek i że kasy są wtedy zablokowane.",
      alternativeDescription: "Odłożył{em|am} zakupy klienta i po odwołaniu alarmu dokończył{em|am} transakcję poza kolejnością.",
      security: 0.3,
    },
  ],

  UNLAWFUL_REQUEST: [
    {
      narrative:
        "Do kasy podszedł bardzo młodo wyglądający klient z dwoma piwami. Poprosił{em|am} o dokument potwierdzający wiek; odpowiedział, że go nie ma, ale „od miesiąca ma osiemnaście lat”. Odmówił{em|am} sprzedaży alkoholu.",
      customerRequest: "Sprzedaż piwa bez okazania dokumentu potwierdzającego pełnoletność.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że bez dokumentu potwierdzającego pełnoletność nie mogę sprzedać alkoholu i że dotyczy to każdego klienta.",
      alternativeDescription: "Zaproponował{em|am} sprzedaż pozostałych produktów z koszyka.",
      badReview: 0.15,
    },
    {
      narrative:
        "Dorosły klient chciał kupić butelkę wódki, a towarzyszący mu wyraźnie niepełnoletni chłopak powiedział na głos, że „to dla niego na imprezę”. Odmówił{em|am} sprzedaży alkoholu.",
      customerRequest: "Sprzedaż alkoholu, który — jak wynikało z rozmowy — był przeznaczony dla osoby niepełnoletniej.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że nie mogę sprzedać alkoholu, jeśli mam uzasadnione podejrzenie, że trafi do osoby niepełnoletniej.",
      alternativeDescription: null,
      security: 0.1,
    },
    {
      narrative:
        "Dwie nastolatki z plecakami szkolnymi chciały kupić cztery napoje energetyczne. Poprosił{em|am} o legitymację; jedna miała piętnaście lat. Odmówił{em|am} sprzedaży napojów energetycznych.",
      customerRequest: "Sprzedaż napojów energetycznych osobom poniżej 18 lat.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że od 2024 roku przepisy zabraniają sprzedaży napojów energetycznych osobom niepełnoletnim.",
      alternativeDescription: "Zaproponował{em|am} inne napoje bez kofeiny i tauryny.",
    },
    {
      narrative:
        "Klient poprosił o wystawienie faktury na swoją firmę na zakupy, które — jak sam powiedział — były prywatne, i o wpisanie daty sprzedaży sprzed dwóch miesięcy. Odmówił{em|am}.",
      customerRequest: "Wystawienie faktury z inną datą sprzedaży niż rzeczywista.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że faktura musi odpowiadać rzeczywistej transakcji i dacie sprzedaży, a jej zmiana byłaby niezgodna z przepisami podatkowymi.",
      alternativeDescription: "Zaproponował{em|am} wystawienie faktury z prawidłową datą do paragonu z dzisiejszych zakupów.",
      lostCustomer: 0.3,
      legal: 0.05,
    },
    {
      narrative:
        "Klient zaproponował, że zapłaci gotówką, jeśli sprzedam mu towar o 10% taniej „bez nabijania na kasę”. Odmówił{em|am}.",
      customerRequest: "Sprzedaż bez paragonu fiskalnego w zamian za niższą cenę.",
      reasonsExplanation: "Wyjaśnił{em|am}, że każda sprzedaż musi zostać zarejestrowana na kasie fiskalnej i że nie mogę zmieniać ceny.",
      alternativeDescription: "Wskazał{em|am} aktualne promocje i możliwość zakupu na raty.",
    },
    {
      narrative:
        "Klient poprosił o podanie imienia, nazwiska i numeru telefonu innego klienta, z którym — jak twierdził — miał stłuczkę na naszym parkingu. Odmówił{em|am} udostępnienia danych.",
      customerRequest: "Udostępnienie danych osobowych innego klienta.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że nie mogę przekazywać danych osobowych innych osób — zabraniają tego przepisy o ochronie danych osobowych (RODO).",
      alternativeDescription: "Poinformował{em|am}, że dane może uzyskać policja lub ubezpieczyciel, i podał{em|am} kontakt do kierownika sklepu w sprawie zabezpieczenia nagrania.",
      legal: 0.2,
    },
    {
      narrative:
        "Klientka zażądała natychmiastowego przegrania na pendrive nagrania z monitoringu sali sprzedaży z ostatniej godziny, na którym widać także innych klientów. Odmówił{em|am}.",
      customerRequest: "Wydanie kopii nagrania z monitoringu z wizerunkiem innych osób.",
      reasonsExplanation:
        "Wyjaśnił{em|am}, że nagrania zawierają dane osobowe innych klientów i mogą być udostępnione wyłącznie uprawnionym organom lub na podstawie wniosku.",
      alternativeDescription: "Wyjaśnił{em|am}, jak złożyć wniosek o zabezpieczenie nagrania, i przekazał{em|am} sprawę kierownikowi sklepu.",
      badReview: 0.3,
      legal: 0.35,
    },
  ],

  AGAINST_POLICY: [
    {
      narrative:
        "Klientka chciała zwrócić sukienkę bez metek, ze śladami noszenia, 40 dni po zakupie. Regulamin zwrotów przewiduje 30 dni i towar z oryginalnymi metkami. Odmówił{em|am} przyjęcia zwrotu.",
      customerRequest: "Zwrot pieniędzy za noszoną sukienkę po terminie zwrotu.",
      reasonsExplanation:
        "Pokazał{em|am} punkt regulaminu o zwrotach i wyjaśnił{em|am}, że po 30 dniach oraz bez metek zwrot nie jest możliwy.",
      alternativeDescription: "Zaproponował{em|am} złożenie reklamacji, jeśli sukienka ma wadę materiału.",
      badReview: 0.45,
      lostCustomer: 0.4,
      legal: 0.05,
    },
    {
      narrative:
        "Klient chciał zwrócić otwarty zestaw kosmetyków do pielęgnacji, z którego część została zużyta. Regulamin wyklucza zwrot otwartych kosmetyków ze względów higienicznych. Odmówił{em|am} przyjęcia zwrotu.",
      customerRequest: "Zwrot pieniędzy za otwarte i częściowo zużyte kosmetyki.",
      reasonsExplanation: "Wyjaśnił{em|am}, że ze względów higienicznych otwartych kosmetyków nie przyjmujemy, i pokazał{em|am} odpowiedni zapis regulaminu.",
      alternativeDescription: "Zaproponował{em|am} reklamację, jeśli produkt wywołał reakcję alergiczną lub jest wadliwy.",
      badReview: 0.35,
      lostCustomer: 0.3,
    },
    {
      narrative:
        "Klient pokazał w telefonie cenę telewizora w sklepie internetowym konkurencji, niższą o 400 zł, i zażądał sprzedaży w tej cenie. Firma nie stosuje dopasowywania cen do konkurencji. Odmówił{em|am}.",
      customerRequest: "Sprzedaż telewizora w cenie z internetowego sklepu konkurencji.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nasze ceny są ustalane centralnie i nie dopasowujemy ich do ofert innych sklepów.",
      alternativeDescription: "Pokazał{em|am} tańszy model o podobnych parametrach i aktualną promocję na uchwyt ścienny.",
      badReview: 0.25,
      lostCustomer: 0.6,
    },
    {
      narrative:
        "Klient chciał połączyć kupon rabatowy -20% z promocją „druga sztuka za 1 zł”, co regulamin promocji wyraźnie wyklucza. Gdy kasa odrzuciła kupon, zażądał ręcznego naliczenia rabatu. Odmówił{em|am}.",
      customerRequest: "Łączenie kuponu rabatowego z inną promocją.",
      reasonsExplanation: "Pokazał{em|am} zapis na kuponie, że nie łączy się z innymi promocjami, i wyjaśnił{em|am}, że kasa nie pozwala na ręczne rabaty.",
      alternativeDescription: "Zaproponował{em|am} wybór korzystniejszej z dwóch promocji i policzył{em|am} obie wersje.",
      badReview: 0.2,
      lostCustomer: 0.2,
    },
    {
      narrative:
        "Klient chciał odebrać zamówienie internetowe, podając tylko imię i nazwisko, bez kodu odbioru i bez potwierdzenia zamówienia. Odmówił{em|am} wydania paczki.",
      customerRequest: "Wydanie zamówienia bez kodu odbioru.",
      reasonsExplanation: "Wyjaśnił{em|am}, że zgodnie z regulaminem zamówienie wydajemy wyłącznie po podaniu kodu odbioru, żeby nie trafiło do niewłaściwej osoby.",
      alternativeDescription: "Zaproponował{em|am} ponowne wysłanie kodu na numer telefonu podany w zamówieniu.",
      badReview: 0.2,
    },
    {
      narrative:
        "Klient zapłacił kartą, a przy zwrocie towaru zażądał wypłaty pieniędzy w gotówce. Procedura zwrotów przewiduje zwrot tą samą metodą płatności. Odmówił{em|am} wypłaty gotówki.",
      customerRequest: "Zwrot gotówką za zakup opłacony kartą płatniczą.",
      reasonsExplanation: "Wyjaśnił{em|am}, że zwrot trafia zawsze na kartę, którą zapłacono, i zwykle jest widoczny na koncie w ciągu kilku dni.",
      alternativeDescription: "Zaproponował{em|am} zwrot na kartę od razu albo wymianę na inny towar.",
      badReview: 0.2,
      lostCustomer: 0.15,
    },
    {
      narrative:
        "Klientka chciała wymienić buty kupione na wyprzedaży oznaczonej „bez możliwości zwrotu i wymiany”. Informacja była na metce i na paragonie. Odmówił{em|am} wymiany.",
      customerRequest: "Wymiana butów z wyprzedaży na inny rozmiar.",
      reasonsExplanation: "Pokazał{em|am} oznaczenie na metce i paragonie oraz wyjaśnił{em|am}, że towar z tej wyprzedaży nie podlega wymianie.",
      alternativeDescription: "Sprawdził{em|am}, że właściwy rozmiar jest dostępny w regularnej cenie, i zaproponował{em|am} jego zakup.",
      badReview: 0.3,
      lostCustomer: 0.3,
    },
    {
      narrative:
        "Klient chciał zarezerwować rower elektryczny na dwa tygodnie bez wpłaty zaliczki. Regulamin pozwala na rezerwację bez zaliczki najwyżej na 48 godzin. Odmówił{em|am} dłuższej rezerwacji.",
      customerRequest: "Rezerwacja towaru na 14 dni bez zaliczki.",
      reasonsExplanation: "Wyjaśnił{em|am}, że dłuższa rezerwacja wymaga zaliczki, a bez niej mogę odłożyć rower tylko na dwa dni.",
      alternativeDescription: "Zaproponował{em|am} rezerwację na 48 godzin albo wpłatę zaliczki 10%.",
      lostCustomer: 0.35,
    },
  ],

  LACK_OF_AUTHORITY: [
    {
      narrative:
        "Klient poprosił o 15% rabatu za rysę na obudowie pralki z ekspozycji. Mogę samodzielnie udzielić najwyżej 5%, a wyższe rabaty zatwierdza kierownik, którego nie było wtedy w sklepie. Odmówił{em|am} udzielenia 15%.",
      customerRequest: "Rabat 15% na pralkę z ekspozycji.",
      reasonsExplanation: "Wyjaśnił{em|am}, że mogę przyznać maksymalnie 5%, a wyższy rabat musi zatwierdzić kierownik.",
      alternativeDescription: "Zaproponował{em|am} 5% od razu, zapisał{em|am} kontakt do klienta i przekazał{em|am} prośbę kierownikowi.",
      badReview: 0.15,
      lostCustomer: 0.35,
    },
    {
      narrative:
        "Klientka chciała zwrotu gotówką 1800 zł za zwrócony ekspres do kawy. Zwroty gotówkowe powyżej 1000 zł wymagają akceptacji kierownika zmiany, który był na przerwie poza sklepem. Odmówił{em|am} wypłaty.",
      customerRequest: "Natychmiastowa wypłata 1800 zł w gotówce.",
      reasonsExplanation: "Wyjaśnił{em|am}, że kwota przekracza mój limit i operację musi zatwierdzić kierownik zmiany.",
      alternativeDescription: "Zaproponował{em|am} zwrot przelewem od ręki albo poczekanie około 30 minut na kierownika.",
      badReview: 0.2,
    },
    {
      narrative:
        "Klient chciał, żebym przeni{ósł|osła} punkty z jego karty lojalnościowej na konto żony i zmienił{|a} dane właściciela karty. Te operacje wykonuje wyłącznie dział obsługi programu lojalnościowego. Odmówił{em|am}.",
      customerRequest: "Przeniesienie punktów lojalnościowych i zmiana danych właściciela karty.",
      reasonsExplanation: "Wyjaśnił{em|am}, że w sklepie nie mam dostępu do tych operacji i mogę je tylko zlecić działowi programu.",
      alternativeDescription: "Podał{em|am} numer infolinii programu lojalnościowego i formularz zmiany danych.",
      lostCustomer: 0.1,
    },
    {
      narrative:
        "Klientka żądała natychmiastowego uznania reklamacji laptopa i wymiany go na nowy. Decyzję o uznaniu reklamacji podejmuje serwis producenta po ekspertyzie. Odmówił{em|am} wymiany na miejscu.",
      customerRequest: "Wymiana laptopa na nowy od ręki, bez ekspertyzy.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie mam uprawnień do uznania reklamacji i że ustawowy termin na odpowiedź wynosi 14 dni.",
      alternativeDescription: "Przyj{ąłem|ęłam} reklamację, wydał{em|am} potwierdzenie i zaproponował{em|am} laptop zastępczy na czas naprawy.",
      badReview: 0.35,
      lostCustomer: 0.3,
      legal: 0.1,
    },
    {
      narrative:
        "Klient chciał bezpłatnego transportu szafy do miejscowości 60 km poza obszarem dostaw. Wyjątki od cennika transportu zatwierdza kierownik działu logistyki. Odmówił{em|am} przyjęcia takiego zamówienia.",
      customerRequest: "Bezpłatna dostawa poza obszarem obsługiwanym przez sklep.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie mogę zmieniać cennika dostaw i że wyjątek może przyznać tylko dział logistyki.",
      alternativeDescription: "Wysłał{em|am} prośbę do działu logistyki i podał{em|am} klientowi numer zgłoszenia.",
      lostCustomer: 0.3,
    },
    {
      narrative:
        "Klient poprosił o wystawienie faktury korygującej z innym numerem NIP. Korekty wystawia wyłącznie dział księgowości. Odmówił{em|am} wystawienia korekty w sklepie.",
      customerRequest: "Wystawienie faktury korygującej na miejscu.",
      reasonsExplanation: "Wyjaśnił{em|am}, że w systemie sklepowym nie mam uprawnień do korekt, a księgowość robi je zwykle w ciągu trzech dni roboczych.",
      alternativeDescription: "Przyj{ąłem|ęłam} wniosek o korektę i przekazał{em|am} go do księgowości z kopią paragonu.",
    },
    {
      narrative:
        "Podczas rozmowy telefonicznej klient prosił o umorzenie opłaty za opóźnienie w płatności raty i przesunięcie terminu spłaty. Takie decyzje podejmuje wyłącznie dział finansowania. Odmówił{em|am} zmiany warunków.",
      customerRequest: "Umorzenie opłaty i zmiana harmonogramu spłaty rat.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie mam dostępu do umów ratalnych i nie mogę zmieniać ich warunków.",
      alternativeDescription: "Przełączył{em|am} klienta na linię działu finansowania i podał{em|am} adres e-mail do wniosków.",
      phone: true,
      lostCustomer: 0.2,
    },
  ],

  LACK_OF_KNOWLEDGE: [
    {
      narrative:
        "Klient pytał, czy router z naszej oferty będzie współpracował z jego światłowodem u konkretnego operatora i czy obsługuje wymagany protokół. Nie znał{em|am} odpowiedzi, a opis na opakowaniu tego nie rozstrzygał. Odmówił{em|am} odpowiedzi „na oko”, żeby nie wprowadzić klienta w błąd.",
      customerRequest: "Potwierdzenie, że router na pewno zadziała z instalacją u jego operatora.",
      reasonsExplanation: "Powiedział{em|am} uczciwie, że nie mam pewnej informacji i nie chcę zgadywać, bo mógłby kupić niepasujący sprzęt.",
      alternativeDescription: "Podał{em|am} numer infolinii technicznej producenta i zaproponował{em|am} konsultację z kolegą z działu RTV, który jest w pracy od 10:00.",
      lostCustomer: 0.25,
    },
    {
      narrative:
        "Klientka pytała, czy krem z naszej drogerii jest bezpieczny dla kobiet w ciąży i przy alergii na konkretny konserwant. Skład na opakowaniu nie dawał jednoznacznej odpowiedzi. Nie udzielił{em|am} porady.",
      customerRequest: "Zapewnienie, że kosmetyk jest bezpieczny w ciąży i przy alergii.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie jestem osobą uprawnioną do porad zdrowotnych i nie chcę wprowadzić jej w błąd.",
      alternativeDescription: "Poradził{em|am} konsultację z lekarzem lub farmaceutą i podał{em|am} kontakt do producenta z opakowania.",
    },
    {
      narrative:
        "Klient pytał, czy zakup laptopa na firmę pozwoli mu odliczyć cały VAT i wrzucić go w koszty jednorazowo. Nie mam wiedzy podatkowej, więc odmówił{em|am} odpowiedzi.",
      customerRequest: "Porada podatkowa dotycząca rozliczenia zakupu.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie mogę udzielać porad podatkowych i że najlepiej zapytać księgową lub doradcę podatkowego.",
      alternativeDescription: "Zaproponował{em|am} wystawienie faktury na firmę, żeby mógł skonsultować rozliczenie z księgową.",
    },
    {
      narrative:
        "Klient przyniósł zużytą uszczelkę i pytał, czy część zamienna z naszej oferty na pewno pasuje do jego pralki sprzed kilkunastu lat. W katalogu nie było tego modelu. Odmówił{em|am} zapewnienia, że część pasuje.",
      customerRequest: "Potwierdzenie zgodności części zamiennej ze starym modelem pralki.",
      reasonsExplanation: "Powiedział{em|am}, że katalog nie potwierdza zgodności i nie chcę go zapewniać, skoro nie mam pewności.",
      alternativeDescription: "Podał{em|am} numer serwisu producenta i zaproponował{em|am} zamówienie części z możliwością zwrotu.",
    },
    {
      narrative:
        "Klient pytał, czy może sam podłączyć płytę indukcyjną do instalacji jednofazowej w starym bloku. Nie mam uprawnień elektrycznych ani wiedzy, żeby to ocenić. Odmówił{em|am} porady.",
      customerRequest: "Porada, jak samodzielnie podłączyć płytę indukcyjną.",
      reasonsExplanation: "Wyjaśnił{em|am}, że to kwestia bezpieczeństwa i nie chcę udzielać porad, których nie jestem pew{ien|na}.",
      alternativeDescription: "Polecił{em|am} wezwanie elektryka z uprawnieniami i wskazał{em|am} naszą usługę montażu.",
    },
    {
      narrative:
        "Klientka pytała, czy pieczywo z naszej piekarni jest bezglutenowe i czy nie ma ryzyka zanieczyszczenia glutenem. Etykieta nie zawierała takiej informacji, a kierowniczka piekarni była nieobecna. Nie udzielił{em|am} odpowiedzi.",
      customerRequest: "Zapewnienie, że pieczywo jest bezpieczne dla osoby z celiakią.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie mogę tego zagwarantować bez potwierdzenia od piekarni, bo chodzi o jej zdrowie.",
      alternativeDescription: "Wskazał{em|am} regał z produktami z certyfikatem „przekreślonego kłosa”.",
    },
  ],

  OTHER: [
    {
      narrative:
        "Klient poprosił o skorzystanie z toalety dla personelu na zapleczu. Sklep nie ma toalety dla klientów, a wejście na zaplecze jest dla nich zamknięte. Odmówił{em|am}.",
      customerRequest: "Dostęp do toalety dla personelu.",
      reasonsExplanation: "Wyjaśnił{em|am}, że ze względów bezpieczeństwa klienci nie mogą wchodzić na zaplecze.",
      alternativeDescription: "Wskazał{em|am} najbliższą ogólnodostępną toaletę w centrum handlowym obok.",
      otherCategoryText: "Prośba o dostęp do pomieszczeń służbowych",
      badReview: 0.2,
    },
    {
      narrative:
        "Klient przyszedł kilkanaście minut po zamknięciu sklepu i domagał się wpuszczenia oraz obsługi, bo „przyjechał z daleka”. Kasy były już rozliczone. Odmówił{em|am}.",
      customerRequest: "Obsługa po godzinach otwarcia sklepu.",
      reasonsExplanation: "Wyjaśnił{em|am}, że kasy są już zamknięte i rozliczone, więc nie mogę przyjąć płatności.",
      alternativeDescription: "Zaproponował{em|am} rezerwację towaru do odbioru następnego dnia od otwarcia.",
      otherCategoryText: "Obsługa po godzinach otwarcia",
      badReview: 0.3,
      lostCustomer: 0.2,
    },
    {
      narrative:
        "Klientka chciała zostawić przy kasie dużą walizkę „na godzinkę”, zanim wróci z zakupów w innych sklepach. Nie mamy przechowalni. Odmówił{em|am}.",
      customerRequest: "Przechowanie bagażu przy kasie.",
      reasonsExplanation: "Wyjaśnił{em|am}, że nie możemy przyjmować rzeczy na przechowanie, bo nie odpowiadamy za nie i blokują przejście.",
      alternativeDescription: "Wskazał{em|am} szafki bagażowe przy wejściu do galerii.",
      otherCategoryText: "Prośba o przechowanie rzeczy prywatnych",
    },
    {
      narrative:
        "Klient chciał skorzystać z firmowego komputera przy stanowisku obsługi, żeby wydrukować bilet lotniczy ze swojej poczty. Odmówił{em|am}.",
      customerRequest: "Dostęp do firmowego komputera i drukarki.",
      reasonsExplanation: "Wyjaśnił{em|am}, że zasady bezpieczeństwa IT nie pozwalają logować się klientom do poczty na firmowym sprzęcie.",
      alternativeDescription: "Wskazał{em|am} punkt ksero na parterze budynku.",
      otherCategoryText: "Prośba o użycie sprzętu firmowego",
    },
    {
      narrative:
        "Starszy klient poprosił, żebym pom{ógł|ogła} mu wypełnić wniosek urzędowy niezwiązany z zakupami, przy kolejce kilku osób. Odmówił{em|am} w tamtej chwili.",
      customerRequest: "Pomoc w wypełnieniu wniosku urzędowego.",
      reasonsExplanation: "Wyjaśnił{em|am}, że w tej chwili nie mogę zostawić kolejki i że nie znam się na tego typu wnioskach.",
      alternativeDescription: "Wskazał{em|am} punkt informacyjny urzędu dzielnicy i godziny jego pracy.",
      otherCategoryText: "Pomoc w sprawie niezwiązanej z ofertą firmy",
      badReview: 0.1,
    },
  ],
};

/** Minimal descriptions: no names, no ID numbers (data minimisation). */
export const CUSTOMER_DESCRIPTIONS: string[] = [
  "mężczyzna ok. 40 lat, w ciemnej kurtce",
  "kobieta ok. 30 lat, z dużą torbą na zakupy",
  "mężczyzna ok. 50 lat, w czapce z daszkiem",
  "młody mężczyzna ok. 18–20 lat, w bluzie z kapturem",
  "kobieta ok. 60 lat, w jasnym płaszczu",
  "mężczyzna ok. 35 lat, w stroju roboczym",
  "kobieta ok. 45 lat, w okularach przeciwsłonecznych",
  "dwie osoby ok. 15–16 lat, z plecakami szkolnymi",
  "mężczyzna ok. 30 lat, z rowerem",
  "kobieta ok. 25 lat, z wózkiem dziecięcym",
  "mężczyzna ok. 55 lat, w garniturze",
  "mężczyzna ok. 65 lat, z laską",
];

/** For telephone scenarios. */
export const PHONE_CUSTOMER_DESCRIPTIONS: string[] = [
  "rozmowa telefoniczna, głos męski, ok. 40 lat",
  "rozmowa telefoniczna, głos kobiecy, starsza osoba",
  "rozmowa telefoniczna z zastrzeżonego numeru, głos męski",
];

export const PHONE_WITNESSES: string[] = [
  "Brak świadków — rozmowa telefoniczna; rozmowa jest nagrana w systemie",
  "Przy stanowisku obok: {colleague} (rozmowa na głośniku)",
];

/** `{colleague}` is replaced by a co-worker from the same location. */
export const WITNESSES: string[] = [
  "{colleague} (sąsiednia kasa)",
  "{colleague} oraz pracownik ochrony",
  "Pracownik ochrony sklepu",
  "Dwoje klientów w kolejce (nie podali danych kontaktowych)",
  "Kierownik zmiany, który podszedł pod koniec rozmowy",
  "Nagranie z monitoringu nad stanowiskiem",
  "{colleague}; zdarzenie widać też na monitoringu",
];

export type QuestionAnswer = { question: string; answer: string };

/** Supervisor's questions (to the employee, {m|f} = the employee) and the employee's answers. */
export const QUESTIONS: Record<ReportCategory | "GENERAL", QuestionAnswer[]> = {
  AGGRESSIVE_BEHAVIOUR: [
    {
      question: "Czy przed przerwaniem obsługi uprzedził{eś|aś} klienta, że ją zakończysz, jeśli zachowanie się powtórzy? Ile razy?",
      answer: "Tak, uprzedził{em|am} dwukrotnie. Za drugim razem klient odpowiedział kolejnym przekleństwem, więc przerwał{em|am} obsługę.",
    },
    {
      question: "Czy ktoś poza Tobą słyszał groźby? Wystarczy stanowisko lub funkcja tej osoby.",
      answer: "Tak, słyszał to pracownik ochrony i osoba z sąsiedniej kasy. Ochroniarz może złożyć krótkie oświadczenie.",
    },
    {
      question: "Czy zdarzenie może być na nagraniu z monitoringu? Podaj proszę numer kasy i przybliżoną godzinę, żebyśmy mogli zabezpieczyć nagranie.",
      answer: "Kasa nr 3, kilka minut przed godziną podaną w zgłoszeniu. Kamera nad kasami powinna to obejmować.",
    },
    {
      question: "Czy klient po zdarzeniu opuścił sklep spokojnie, czy wrócił później?",
      answer: "Wyszedł w towarzystwie ochrony i już nie wrócił. Nikt z klientów ani pracowników nie ucierpiał.",
    },
  ],
  SAFETY_BREACH: [
    {
      question: "Czy przed odmową poprosił{eś|aś} klienta o zaprzestanie niebezpiecznego zachowania i zaproponował{eś|aś} bezpieczny sposób załatwienia sprawy?",
      answer: "Tak, poprosił{em|am} dwa razy i od razu zaproponował{em|am} pomoc w inny, bezpieczny sposób.",
    },
    {
      question: "Czy w pobliżu byli inni klienci, którym mogło coś grozić?",
      answer: "Tak, w alejce były co najmniej dwie osoby, w tym rodzic z dzieckiem.",
    },
  ],
  UNLAWFUL_REQUEST: [
    {
      question: "Czy wyjaśniając odmowę, powołał{eś|aś} się na przepis lub informację wywieszoną w sklepie?",
      answer: "Tak, powiedział{em|am}, że zabraniają tego przepisy, i pokazał{em|am} tabliczkę informacyjną przy kasie.",
    },
    {
      question: "Czy klient próbował potem załatwić to samo u innego pracownika?",
      answer: "Nie, po odmowie zostawił koszyk i wyszedł. Uprzedził{em|am} jednak koleżankę z drugiej kasy.",
    },
  ],
  AGAINST_POLICY: [
    {
      question: "Który zapis regulaminu wskazał{eś|aś} klientowi? Czy mógł go przeczytać?",
      answer: "Wskazał{em|am} punkt o warunkach zwrotów i dał{em|am} klientowi do przeczytania wydruk regulaminu leżący przy kasie.",
    },
    {
      question: "Czy zaproponował{eś|aś} złożenie reklamacji albo rozmowę z kierownikiem?",
      answer: "Tak, zaproponował{em|am} reklamację, ale klient nie chciał jej składać. Kierownika nie było wtedy w sklepie.",
    },
  ],
  LACK_OF_AUTHORITY: [
    {
      question: "Czy próbował{eś|aś} skontaktować się z kierownikiem zmiany, zanim odmówił{eś|aś}?",
      answer: "Tak, dzwonił{em|am} dwa razy, ale kierownik był na spotkaniu i nie odbierał. Zostawił{em|am} wiadomość.",
    },
    {
      question: "Czy sprawa trafiła do osoby uprawnionej do decyzji i czy klient wie, kto się z nim skontaktuje?",
      answer: "Tak, klient zgodził się na kontakt mailowy. Przekazał{em|am} sprawę kierownikowi i podał{em|am} klientowi numer zgłoszenia.",
    },
  ],
  LACK_OF_KNOWLEDGE: [
    {
      question: "Czy sprawdził{eś|aś} informację w bazie wiedzy lub u kogoś z działu, zanim odesłał{eś|aś} klienta?",
      answer: "Sprawdził{em|am} kartę produktu w systemie, ale tej informacji tam nie było. Osoba z działu technicznego miała wolne.",
    },
    {
      question: "Czy klient dostał konkretny kontakt, pod którym uzyska odpowiedź?",
      answer: "Tak, podał{em|am} numer infolinii producenta i adres e-mail działu technicznego.",
    },
  ],
  OTHER: [
    {
      question: "Opisz proszę dokładniej, dlaczego uznał{eś|aś}, że nie możesz spełnić tej prośby.",
      answer: "Prośba dotyczyła czegoś, na co nie pozwalają zasady wewnętrzne, a nie mogł{em|am} też zostawić stanowiska bez obsługi.",
    },
  ],
  GENERAL: [
    {
      question: "Podaj proszę dokładniejszą godzinę zdarzenia — w zgłoszeniu jest tylko przybliżona.",
      answer: "Zdarzenie było kilka minut przed godziną w zgłoszeniu; sprawdził{em|am} godzinę na paragonie poprzedniego klienta.",
    },
    {
      question: "Czy klient złożył później skargę albo zapowiedział opinię w internecie?",
      answer: "Na miejscu nie złożył skargi. Powiedział tylko, że „opisze to w internecie”.",
    },
    {
      question: "Jak dokładnie wyjaśnił{eś|aś} klientowi powód odmowy? Przytocz proszę swoje słowa.",
      answer: "Powiedział{em|am} spokojnie, że nie mogę spełnić tej prośby, krótko podał{em|am} powód i zapytał{em|am}, czy mogę pomóc w inny sposób.",
    },
  ],
};

export type ReasonCode =
  | "DOCUMENTED_AGGRESSION"
  | "UNLAWFUL_REQUEST"
  | "WRITTEN_POLICY"
  | "BEYOND_AUTHORITY_REFERRED"
  | "SAFETY_RISK"
  | "CANNOT_ANSWER_WITHOUT_MISLEADING"
  | "ALLOWED_BY_POLICY"
  | "NO_ALTERNATIVE_OFFERED"
  | "REASONS_NOT_EXPLAINED"
  | "INSUFFICIENT_FACTS";

export const REASON_OUTCOME: Record<ReasonCode, Outcome> = {
  DOCUMENTED_AGGRESSION: "JUSTIFIED",
  UNLAWFUL_REQUEST: "JUSTIFIED",
  WRITTEN_POLICY: "JUSTIFIED",
  BEYOND_AUTHORITY_REFERRED: "JUSTIFIED",
  SAFETY_RISK: "JUSTIFIED",
  CANNOT_ANSWER_WITHOUT_MISLEADING: "JUSTIFIED",
  ALLOWED_BY_POLICY: "NOT_JUSTIFIED",
  NO_ALTERNATIVE_OFFERED: "NOT_JUSTIFIED",
  REASONS_NOT_EXPLAINED: "NOT_JUSTIFIED",
  INSUFFICIENT_FACTS: "NOT_JUSTIFIED",
};

/** Which reason codes fit a category, per outcome (the first is the most common). */
export const REASONS_BY_CATEGORY: Record<ReportCategory, Record<Outcome, ReasonCode[]>> = {
  AGGRESSIVE_BEHAVIOUR: {
    JUSTIFIED: ["DOCUMENTED_AGGRESSION"],
    NOT_JUSTIFIED: ["INSUFFICIENT_FACTS", "REASONS_NOT_EXPLAINED"],
  },
  SAFETY_BREACH: { JUSTIFIED: ["SAFETY_RISK"], NOT_JUSTIFIED: ["INSUFFICIENT_FACTS", "NO_ALTERNATIVE_OFFERED"] },
  UNLAWFUL_REQUEST: { JUSTIFIED: ["UNLAWFUL_REQUEST"], NOT_JUSTIFIED: ["INSUFFICIENT_FACTS", "REASONS_NOT_EXPLAINED"] },
  AGAINST_POLICY: {
    JUSTIFIED: ["WRITTEN_POLICY"],
    NOT_JUSTIFIED: ["ALLOWED_BY_POLICY", "NO_ALTERNATIVE_OFFERED", "REASONS_NOT_EXPLAINED"],
  },
  LACK_OF_AUTHORITY: {
    JUSTIFIED: ["BEYOND_AUTHORITY_REFERRED"],
    NOT_JUSTIFIED: ["ALLOWED_BY_POLICY", "NO_ALTERNATIVE_OFFERED"],
  },
  LACK_OF_KNOWLEDGE: {
    JUSTIFIED: ["CANNOT_ANSWER_WITHOUT_MISLEADING"],
    NOT_JUSTIFIED: ["NO_ALTERNATIVE_OFFERED", "REASONS_NOT_EXPLAINED"],
  },
  OTHER: {
    JUSTIFIED: ["WRITTEN_POLICY", "SAFETY_RISK"],
    NOT_JUSTIFIED: ["ALLOWED_BY_POLICY", "INSUFFICIENT_FACTS"],
  },
};

/** Decision rationales ({m|f} = the employee), per reason code; each at least 30 characters. */
export const RATIONALES: Record<ReasonCode, string[]> = {
  DOCUMENTED_AGGRESSION: [
    "Agresywne zachowanie klienta potwierdzają relacje świadków. Pracowni{k|ca} uprzedził{|a} klienta o konsekwencjach i dopiero wtedy przerwał{|a} obsługę — odmowa uzasadniona.",
    "Nagranie z monitoringu potwierdza zachowanie klienta opisane w zgłoszeniu. Pracowni{k|ca} ma prawo do bezpiecznego i szanowanego miejsca pracy; reakcja była adekwatna i zgodna z procedurą.",
    "Relacja jest spójna i potwierdzona przez ochronę. Przerwanie obsługi i wezwanie pomocy było właściwe. Incydent odnotowano w rejestrze bezpieczeństwa.",
  ],
  UNLAWFUL_REQUEST: [
    "Żądanie klienta było niezgodne z przepisami, a jego spełnienie naraziłoby firmę na odpowiedzialność. Pracowni{k|ca} prawidłowo odmówił{|a} i jasno wyjaśnił{|a} powód.",
    "Odmowa zgodna z prawem — czynność, o którą prosił klient, jest zakazana. Postępowanie wzorcowe, wykorzystamy je jako przykład na szkoleniu.",
  ],
  WRITTEN_POLICY: [
    "Regulamin jednoznacznie wyklucza to, czego żądał klient. Pracowni{k|ca} wskazał{|a} właściwy zapis i zaproponował{|a} dostępną alternatywę — odmowa uzasadniona.",
    "Żądanie było sprzeczne z pisemną polityką firmy. Sposób rozmowy z klientem poprawny, klient otrzymał informację, co może zrobić dalej.",
  ],
  BEYOND_AUTHORITY_REFERRED: [
    "Decyzja wykraczała poza uprawnienia pracowni{ka|cy}, a sprawa została prawidłowo przekazana osobie uprawnionej. Klient wie, kto i kiedy się z nim skontaktuje.",
    "Pracowni{k|ca} nie m{ógł|ogła} samodzielnie zatwierdzić tej operacji; skierowanie klienta do osoby decyzyjnej było właściwe. Kontakt zwrotny z klientem został potwierdzony.",
  ],
  SAFETY_RISK: [
    "Zachowanie klienta stwarzało realne zagrożenie dla innych osób. Wstrzymanie obsługi do czasu usunięcia zagrożenia było konieczne i zgodne z przepisami BHP i ppoż.",
    "Odmowa uzasadniona względami bezpieczeństwa; pracowni{k|ca} zaproponował{|a} klientowi bezpieczny sposób załatwienia sprawy.",
  ],
  CANNOT_ANSWER_WITHOUT_MISLEADING: [
    "Pracowni{k|ca} nie miał{|a} rzetelnej informacji i słusznie nie odpowiedział{|a} „na oko”, co mogłoby wprowadzić klienta w błąd. Klient dostał kontakt do źródła, które odpowie.",
    "Lepiej odesłać klienta do specjalisty niż udzielić niekompetentnej porady. Odmowa uzasadniona; uzupełnimy bazę wiedzy o to pytanie.",
  ],
  ALLOWED_BY_POLICY: [
    "Regulamin w tej sytuacji pozwala obsłużyć klienta — zapis został błędnie zinterpretowany. Omówię z pracowni{kiem|cą} właściwą procedurę.",
    "Obowiązujące zasady pozwalały spełnić prośbę klienta, limit nie został przekroczony. Odmowa nieuzasadniona; skontaktujemy się z klientem i przeprosimy.",
  ],
  NO_ALTERNATIVE_OFFERED: [
    "Sam powód odmowy był zrozumiały, ale klientowi nie zaproponowano żadnej alternatywy ani osoby, która mogłaby pomóc, choć było to możliwe. Procedura wymaga wskazania innego rozwiązania.",
    "Zabrakło propozycji alternatywnej: klienta można było skierować do kierownika zmiany lub na infolinię. Przypomnę procedurę na najbliższym spotkaniu zespołu.",
  ],
  REASONS_NOT_EXPLAINED: [
    "Z relacji wynika, że klient nie usłyszał jasnego wyjaśnienia powodów odmowy. Sytuację można było uspokoić rzeczową rozmową; zalecam szkolenie z komunikacji.",
    "Odmowa bez wyjaśnienia powodów naraża firmę na skargę i złą opinię. Pracowni{k|ca} {powinien|powinna} spokojnie i konkretnie podać przyczynę odmowy.",
  ],
  INSUFFICIENT_FACTS: [
    "Zebrane informacje nie potwierdzają, że sytuacja uzasadniała odmowę obsługi — brak świadków i nagrania, a opis jest niejednoznaczny. Odmowy nie można uznać za uzasadnioną.",
    "Mimo pytań uzupełniających opis nie pozwala ustalić, czy odmowa była konieczna. Proszę na przyszłość dokładniej opisywać przebieg zdarzenia i świadków.",
  ],
};

/** Optional notes to the follow-up actions. */
export const FOLLOW_UP_NOTES: Partial<Record<string, string[]>> = {
  TALK_WITH_EMPLOYEE: ["Rozmowa z pracownikiem na najbliższej zmianie.", "Omówić zdarzenie na cotygodniowej odprawie zespołu."],
  TRAINING: ["Zapisać na szkolenie z komunikacji z trudnym klientem.", "Przypomnieć regulamin zwrotów i promocji na szkoleniu kwartalnym."],
  CONTACT_CUSTOMER: ["Kontakt telefoniczny z klientem do końca tygodnia.", "Wysłać klientowi wyjaśnienie mailem i zaproponować rozwiązanie."],
  ESCALATE_LEGAL: ["Przekazać dokumentację do działu prawnego.", "Zabezpieczyć nagranie i przekazać sprawę radcy prawnemu."],
  SECURITY_MEASURE: ["Zabezpieczyć nagranie z monitoringu na 30 dni.", "Poprosić ochronę o zwiększoną obecność przy kasach w godzinach szczytu."],
};

/** Why an employee withdrew their own report. */
export const WITHDRAW_REASONS: string[] = [
  "Zgłoszenie utworzone omyłkowo — dotyczy tego samego zdarzenia co moje poprzednie zgłoszenie.",
  "Klient wrócił po kilku minutach, przeprosił i sprawa została wyjaśniona polubownie.",
  "Wybrał{em|am} złą kategorię i lokalizację; złożę zgłoszenie ponownie.",
];

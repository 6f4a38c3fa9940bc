import common from "./common.json";
import auth from "./auth.json";
import admin from "./admin.json";
import reports from "./reports.json";
import review from "./review.json";
import notifications from "./notifications.json";

export default { common, auth, admin, reports, review, notifications };

"use client";

import { useFormatter } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

// The dashboard's charts (only the dashboard page loads recharts). Each sits
// in a ChartFigure with a data table beside it, so the figures are readable
// without seeing the chart; the chart itself is one labelled image.

export interface Series {
  key: string;
  label: string;
  color: string;
}

type Row = Record<string, string | number | null>;

/** What every chart takes: its data and its name. */
interface ChartProps {
  label: string;
  data: Row[];
  xKey: string;
}

const HEIGHT = 280;
const AXIS = { fontSize: 12, fill: "#334155" };

/** Charts measure the browser's layout, so they draw after mounting (the table is there from the first byte). */
function useMounted() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** Numbers as the reader writes them ("66,7" in Polish), for the axes and the tooltip. */
function useNumbers() {
  const format = useFormatter();
  return useMemo(() => (value: unknown) => (typeof value === "number" ? format.number(value, { maximumFractionDigits: 1 }) : String(value ?? "")), [format]);
}

function Frame({ label, children }: { label: string; children: React.ReactElement }) {
  const mounted = useMounted();
  return (
    <div role="img" aria-label={label} className="h-[280px] w-full">
      {/* One labelled image: what recharts draws inside (legend icons named in English, the
          tooltip) is hidden from assistive technology; the table beside it has the figures. */}
      {mounted ? (
        <div aria-hidden="true" className="h-full w-full">
          <ResponsiveContainer width="100%" height={HEIGHT}>
            {children}
          </ResponsiveContainer>
        </div>
      ) : null}
    </div>
  );
}

export function StackedBars({ label, data, xKey, series, vertical = false }: ChartProps & { series: Series[]; vertical?: boolean }) {
  const number = useNumbers();
  return (
    <Frame label={label}>
      <BarChart accessibilityLayer={false} data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 96 : 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={AXIS} tickFormatter={number} />
            <YAxis type="category" dataKey={xKey} tick={AXIS} width={150} />
          </>
        ) : (
          <>
            <XAxis dataKey={xKey} tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} tickFormatter={number} />
          </>
        )}
        <Tooltip formatter={number} separator=": " />
        <Legend />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stack" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

export function GroupedBars({ label, data, xKey, series, unit }: ChartProps & { series: Series[]; unit?: string }) {
  const number = useNumbers();
  return (
    <Frame label={label}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={xKey} tick={AXIS} />
        <YAxis tick={AXIS} unit={unit} tickFormatter={number} />
        <Tooltip formatter={number} separator=": " />
        <Legend />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} unit={unit} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

/** Reports as bars (left axis) and the justified rate as a line (right axis, %). */
export function BarsWithRate({ label, data, xKey, bars, rate }: ChartProps & { bars: Series; rate: Series }) {
  const number = useNumbers();
  return (
    <Frame label={label}>
      <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={xKey} tick={AXIS} />
        <YAxis yAxisId="count" allowDecimals={false} tick={AXIS} tickFormatter={number} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={AXIS} tickFormatter={number} />
        <Tooltip formatter={number} separator=": " />
        <Legend />
        <Bar yAxisId="count" dataKey={bars.key} name={bars.label} fill={bars.color} isAnimationActive={false} />
        <Line yAxisId="rate" dataKey={rate.key} name={rate.label} unit="%" stroke={rate.color} strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </Frame>
  );
}

export function Lines({ label, data, xKey, series }: ChartProps & { series: Series[] }) {
  const number = useNumbers();
  return (
    <Frame label={label}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={xKey} tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} tickFormatter={number} />
        <Tooltip formatter={number} separator=": " />
        <Legend />
        {series.map((s, index) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={index > 0 ? "6 4" : undefined}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Frame>
  );
}

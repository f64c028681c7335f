/**
 * Charts: series, markers and lines, blanks, position. Part of the Excel fake (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { utf8Bytes } from "./limits";
import { SheetData, type ChartData } from "./sheetData";

export class FakeChartCollection implements Pick<Excel.ChartCollection, "add"> {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData
  ) {}
  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | string
  ): Excel.Chart {
    this.xl.record(32);
    const source = (sourceData as unknown as { describe(): string }).describe();
    if (seriesBy !== "Columns") throw new Error("fake: charts.add(type, range, 'Columns')");
    const chart: ChartData = {
      type: String(type),
      source,
      title: "",
      series: [{ name: "", values: source, categories: "", axisGroup: "Primary" }],
      position: null,
    };
    this.data.charts.push(chart);
    const xl = this.xl;
    const seriesProxy = (s: ChartData["series"][number]) => ({
      set name(n: string) {
        xl.record(utf8Bytes(n));
        s.name = n;
      },
      setValues(r: Excel.Range) {
        xl.need("1.7", "ChartSeries.setValues");
        xl.record(16);
        s.values = (r as unknown as { describe(): string }).describe();
      },
      setXAxisValues(r: Excel.Range) {
        xl.need("1.7", "ChartSeries.setXAxisValues");
        xl.record(16);
        s.categories = (r as unknown as { describe(): string }).describe();
      },
      set axisGroup(g: string) {
        xl.need("1.8", "ChartSeries.axisGroup");
        xl.record(8);
        s.axisGroup = g;
      },
      set markerStyle(m: string) {
        // [Api set: ExcelApi 1.7] and the values of Excel.ChartMarkerStyle (@types/office-js)
        xl.need("1.7", "ChartSeries.markerStyle");
        const known = ["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot"];
        if (![...known, "Dash", "Circle", "Plus", "Picture"].includes(m))
          throw FakeExcel.officeError("InvalidArgument", `markerStyle ${m}`);
        xl.record(8);
        s.markerStyle = m;
      },
      format: {
        line: {
          set lineStyle(l: string) {
            // ChartSeries.format and ChartSeriesFormat.line [Api set: ExcelApi 1.1];
            // ChartLineFormat.lineStyle [Api set: ExcelApi 1.7] and Excel.ChartLineStyle's
            // values (@types/office-js)
            xl.need("1.7", "ChartLineFormat.lineStyle");
            const styles = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"];
            if (![...styles, "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"].includes(l))
              throw FakeExcel.officeError("InvalidArgument", `lineStyle ${l}`);
            xl.record(8);
            s.lineStyle = l;
          },
        },
      },
    });
    const api = {
      title: {
        set text(t: string) {
          xl.record(utf8Bytes(t));
          chart.title = t;
        },
      },
      set displayBlanksAs(d: string) {
        // [Api set: ExcelApi 1.8]; Excel.ChartDisplayBlanksAs (@types/office-js)
        xl.need("1.8", "Chart.displayBlanksAs");
        if (!["NotPlotted", "Zero", "Interplotted"].includes(d))
          throw FakeExcel.officeError("InvalidArgument", `displayBlanksAs ${d}`);
        xl.record(8);
        chart.displayBlanksAs = d;
      },
      series: {
        getItemAt: (i: number) => seriesProxy(chart.series[i]),
        add: (name?: string) => {
          xl.need("1.7", "ChartSeriesCollection.add");
          xl.record(16);
          const s = { name: name ?? "", values: "", categories: "", axisGroup: "Primary" };
          chart.series.push(s);
          return seriesProxy(s);
        },
      },
      setPosition: (start: string, end?: string) => {
        xl.record(8);
        chart.position = [start, end ?? start];
      },
    };
    return api as unknown as Excel.Chart;
  }
}

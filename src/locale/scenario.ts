/**
 * The scenario sheet's production presets in words (src/excel/scenario/layout.ts): Dutch on
 * the sheet, English in the English pane. The later presets name the years and target the
 * data holds, which the layout passes in.
 */
import type { Vocabulary } from "./lang";
import { NUMBER_LOCALE } from "./notation";

/** What the later presets' labels name, from the data since the letter. */
export interface PresetFacts {
  /** years of realised production in the "gerealiseerd" preset, listed ("2020, 2022–2024") */
  readonly realised: string;
  /** the same for the "doel100k" preset */
  readonly target: string;
  /** the later target: from which year, how many homes a year */
  readonly fromYear: number;
  readonly perYear: number;
}

type Label = (facts: PresetFacts) => string;

const nl = {
  trend: () => "Trendpad (aanname)",
  brief: () => "845.000 tot 2030 (84.500 per jaar), daarna 64.000",
  nodig2035: () => "Constante productie voor 2% in 2035 (berekend)",
  gerealiseerd: (f) => `Gerealiseerd (toevoegingen ${f.realised}), overige jaren trendpad`,
  doel100k: (f) =>
    `Gerealiseerd (${f.target}), vanaf ${f.fromYear} ${f.perYear.toLocaleString(NUMBER_LOCALE.nl)} per jaar (programma Woningbouw), overige jaren trendpad`,
} satisfies Record<string, Label>;

/** Each preset's label; the keys are the layout's presets. */
export const PRESET_WORDS: Vocabulary<Record<keyof typeof nl, Label>> = {
  nl,
  en: {
    trend: () => "Trend path (assumption)",
    brief: () => "845,000 to 2030 (84,500 a year), then 64,000",
    nodig2035: () => "Constant production for 2% in 2035 (computed)",
    gerealiseerd: (f) => `Realised (homes added ${f.realised}), trend path in the other years`,
    doel100k: (f) =>
      `Realised (${f.target}), from ${f.fromYear} ${f.perYear.toLocaleString(NUMBER_LOCALE.en)} a year (programma Woningbouw), trend path in the other years`,
  },
};

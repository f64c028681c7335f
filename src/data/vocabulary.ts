/**
 * The words analysts use for the same thing: official and common place names, Dutch and
 * English terms of the domain. An entry that holds one word of a group is found by every word
 * of it ("housing deficit" finds the woningtekort, "Fryslân" finds Friesland). Each group lists
 * words as the search normalises them: lower case, without accents.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["woningtekort", "tekort", "tekorten", "shortage", "deficit", "housing shortage"],
  ["plancapaciteit", "plan capacity", "planvoorraad", "plannen", "plans"],
  ["friesland", "fryslan", "frisia"],
  ["den haag", "s gravenhage", "the hague", "haag", "hague"],
  ["noord holland", "north holland"],
  ["zuid holland", "south holland"],
  ["noord brabant", "north brabant", "brabant"],
  ["gelderland", "guelders"],
  ["starters", "starter", "first time buyers", "young people", "jongeren"],
  ["verhuurderheffing", "landlord levy", "landlord tax"],
  ["woningbouwimpuls", "housing construction impulse", "housing impulse", "stimulus", "wbi"],
  [
    "woningbouwproductie",
    "productie",
    "production",
    "nieuwbouw",
    "new build",
    "built",
    "gebouwd",
    "completions",
    "opgeleverd",
    "bouwen",
    "build",
  ],
  ["betaalbaar", "betaalbare", "affordable", "affordability"],
  [
    "corporaties",
    "woningcorporaties",
    "corporatie",
    "housing associations",
    "housing corporations",
  ],
  ["flexwonen", "flexwoningen", "flexible housing", "flex homes", "temporary housing"],
  ["stikstof", "nitrogen"],
  ["ouderen", "elderly", "older people", "seniors"],
  ["kwetsbare groepen", "kwetsbaar", "vulnerable", "dakloos", "homeless", "daklozen"],
  ["huishoudens", "households", "huishoudensgroei", "household growth"],
  ["voorraad", "woningvoorraad", "stock", "housing stock"],
  ["onttrekking", "onttrekkingen", "withdrawals", "sloop", "demolition"],
  ["toezegging", "toezeggingen", "commitment", "commitments", "promise", "deadline"],
  ["budget", "bedrag", "amount", "funding", "financiering", "geld", "money", "euro"],
  ["transformatie", "transformaties", "transformatiefaciliteit", "conversion", "conversions"],
  ["stedelijke vernieuwing", "urban renewal", "svg"],
  ["aandachtsgroepen", "target groups", "priority groups"],
  ["behoefte", "need", "demand", "vraag", "opgave", "bouwopgave"],
  ["ambitie", "ambition", "goal", "target", "doel", "doelstelling"],
  ["provincie", "provincies", "province", "provinces"],
  ["gemeente", "gemeenten", "municipality", "municipalities"],
  ["tranche", "round"],
  ["gebieden", "gebied", "areas", "area", "locaties", "sites"],
  ["woondeal", "woondeals", "housing deal", "housing deals"],
  ["groei", "growth", "stijging", "increase", "toename"],
  ["norm", "rule", "standard", "130"],
];

/** Lower case, accents dropped, every non-letter-or-digit a space: "Fryslân" → "fryslan". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Each group's single words, for a set lookup; its phrases, for a substring test. */
const WORD_GROUPS = new Map<string, number[]>();
const PHRASES: Array<[string, number]> = [];
SYNONYMS.forEach((group, i) => {
  for (const w of group)
    if (w.includes(" ")) PHRASES.push([` ${w} `, i]);
    else WORD_GROUPS.set(w, [...(WORD_GROUPS.get(w) ?? []), i]);
});

/** Every word of every group one of whose words (or phrases) `text` holds. */
export function synonymsIn(text: string): string {
  const plain = normalise(text);
  const hit = new Set<number>();
  for (const w of plain.split(" ")) for (const g of WORD_GROUPS.get(w) ?? []) hit.add(g);
  const padded = ` ${plain} `;
  for (const [phrase, g] of PHRASES) if (!hit.has(g) && padded.includes(phrase)) hit.add(g);
  return [...hit].flatMap((g) => SYNONYMS[g]).join(" ");
}

export const DATASET: string;
export const SCHEMA: string;
export function datasetProblems(file?: string): string[];

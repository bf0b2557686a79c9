/**
 * The given names of one tradition, each list a whitespace-separated string read once on first use
 * (see `lazySet`). `unisex`: names worn by men and women alike, which say nothing of gender.
 */
export interface GivenNames {
  male: string;
  female: string;
  unisex: string;
}

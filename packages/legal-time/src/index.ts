export type { AdjustedWorkday, Notice, OfficialHoliday, OfficialYear } from "./data/official.js";

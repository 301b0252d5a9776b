/** The shape of official holiday data: one State Council General Office notice per year. */

/** The notice a year's arrangement comes from. */
export interface Notice {
  /** 国务院办公厅关于YYYY年部分节假日安排的通知 */
  readonly title: string;
  /** 文号, e.g. 国办发明电〔2023〕7号; null where the published notice carries none that could be found. */
  readonly number: string | null;
  /** Date the notice was issued (成文/发布日期), YYYY-MM-DD. */
  readonly date: string;
  /** Where the text is published (gov.cn). */
  readonly url: string;
}

/** One holiday of a year's arrangement: the days off, inclusive, weekends within included. */
export interface OfficialHoliday {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 (or 中秋节、国庆节 when joined). */
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** A weekend day worked in exchange for a holiday (调休上班). */
export interface AdjustedWorkday {
  readonly date: string;
  /** The holiday it makes up for, as the notice groups it. */
  readonly holiday: string;
}

/** A year of the cn-mainland calendar, exactly as its notice arranges it. */
export interface OfficialYear {
  readonly year: number;
  readonly notice: Notice;
  readonly holidays: readonly OfficialHoliday[];
  readonly workdays: readonly AdjustedWorkday[];
}

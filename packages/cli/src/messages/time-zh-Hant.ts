// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { TimeDictionary } from './time-dictionary.js';

export const timeZhHant: TimeDictionary = {
  "deadlineUsage": "用法：sunlit deadline <起算日期> <數量> <單位> [--calendar 日曆] [--catalogue 目錄]，例如 sunlit deadline 2025-09-26 20 workday",
  "badDate": "起算日期“{value}”無效，應寫成 2025-09-26 這樣（按小時計算時可寫 2025-09-26T10:00）",
  "badWithin": "數量“{value}”無效，應為 0 或正整數",
  "badUnit": "單位“{value}”無效，應為 workday（工作日）、day（日）、month（月）、year（年）或 hour（小時）",
  "unknownCalendar": "沒有日曆“{value}”；可用的日曆：{list}",
  "period": "{start} 起 {within} {unit}，屆滿日為 {due}（{weekday}）。日曆：{calendar}。",
  "rolled": "按期間算出的最後一日 {nominal} 是{reason}，依法順延至其後第一個工作日。",
  "reasons": {
    "holiday": "{holiday}假期",
    "weekend": "週末",
    "localHoliday": "本地休息日"
  },
  "calendarRange": "calendar-range  計算需要 {year} 年的節假日安排，日曆“{calendar}”只有 {covered} 年的數據。國務院辦公廳公佈該年安排後需更新日曆；確認只按週末計算時可加 --weekends-only。",
  "weekdays": [
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日"
  ],
  "missingCase": "請用 --case 給出辦件文件（YAML、JSON 或 CSV），例如 sunlit simulate examples/shenyang --case examples/shenyang/cases/ogi-2026-0042.yaml",
  "badAt": "--at 的時間“{value}”無效，應寫成 2026-11-20 或 2026-11-20T17:00:00+08:00 這樣",
  "catalogueErrors": "✗ 目錄 {path} 有 {n} 個錯誤，無法模擬辦件；請先運行 sunlit validate 改正。",
  "csvHeader": "{path}：CSV 文件的第一行應為 case,power,at,event[,guard][,by][,note]，缺少 {missing} 列。",
  "caseLine": "辦件 {case}（{power} {name}）：{where}",
  "closedIn": "已辦結（{states}）",
  "openIn": "辦理中（{states}）",
  "clockLine": "  {name}：{start} 起 {within} {unit}，屆滿日 {due}，{status}{stopped}{extended}",
  "stoppedOn": "，{date} 停止計時",
  "extended": "，已延長 {n} 次",
  "violationLine": "  {at}  {code}  {message}",
  "noViolations": "✓ 評估時間 {at}：沒有發現違規。",
  "withViolations": "✗ 評估時間 {at}：{n} 項違規。",
  "summaryHeader": "按職權事項彙總：",
  "summaryLine": "  {power} {name}：辦件 {cases} 件，已辦結 {finished} 件，按期辦結 {met} 件，逾期辦結 {missed} 件，當前逾期 {overdueNow} 件{violations}",
  "listSeparator": "、"
};

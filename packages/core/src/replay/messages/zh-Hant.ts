// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { ReplayDictionary } from './dictionary.js';

export const zhHant: ReplayDictionary = {
  "violations": {
    "unexpected-event": "事件{event}在當前狀態（{states}）下不能發生，未予處理。",
    "after-final": "辦件已於{states}辦結，其後的事件{event}未予處理。",
    "out-of-order": "事件{event}的時間 {at} 早於前一事件的時間 {previous}，時間不能倒流；按 {previous} 計算。",
    "unknown-event": "事件{event}不是本職權流程中的事件，未予處理。",
    "overdue": "{clock}應於 {due} 屆滿前完成，實際於 {at} 完成，逾期 {late} {unit}。",
    "overdue-now": "{clock}已於 {due} 屆滿，到 {at} 仍未完成，已逾期 {late} {unit}。",
    "late-extension": "{clock}已於 {due} 屆滿，{at} 才延長期限；屆滿後的延長無效，未予計算。",
    "extension-exceeded": "{clock}最多隻能延長 {times} 次，這次延長未予計算。",
    "calendar-range": "計算{clock}需要 {year} 年的節假日安排，日曆{calendar}沒有這一年的數據（已有 {covered}）。國務院辦公廳公佈該年安排後需更新日曆。",
    "invalid-timestamp": "時間{at}不是有效的時間，應寫成 2026-09-28T10:12:00+08:00 或 2026-09-28 10:12 這樣；該事件未予處理。",
    "unknown-power": "目錄中沒有編碼為{power}的職權。",
    "flow-loop": "事件{event}發生後，流程在當前狀態（{states}）之後不斷辦結又重新進入，無休止地循環，無法得出結果；該事件未予處理。這是流程的錯誤（完成後去向 onDone 或通配事件“*”又回到已辦結的狀態），請修改流程。"
  },
  "deadlineClock": "{state}時限",
  "units": {
    "workday": "個工作日",
    "day": "日",
    "month": "個月",
    "year": "年",
    "hour": "小時"
  },
  "statuses": {
    "running": "計時中",
    "due-soon": "即將到期",
    "paused": "暫停計時",
    "overdue": "已逾期",
    "met": "按期完成",
    "missed": "逾期完成"
  },
  "listSeparator": "、",
  "quote": [
    "“",
    "”"
  ]
};

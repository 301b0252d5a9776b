// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { RenderDictionary } from './dictionary.js';

export const zhHant: RenderDictionary = {
  "chartTitle": "{name}權力運行流程圖",
  "chartDescription": "共 {states} 個環節、{transitions} 條流轉，從“{initial}”開始，辦結於{finals}。各環節及其流轉見圖後的文字列表。",
  "actor": "承辦",
  "deadline": "時限",
  "action": "辦理",
  "basis": "依據",
  "documents": "文書",
  "duties": "責任事項",
  "checkpoint": "監督制約",
  "risk": "廉政風險",
  "riskBadge": "{level}風險",
  "controls": "防控措施",
  "owner": "責任人",
  "outcome": "辦理結果",
  "remedies": "告知申請行政複議或者提起行政訴訟的權利",
  "start": "開始",
  "end": "辦結",
  "parallel": "並聯辦理",
  "region": "分支",
  "done": "均辦結後",
  "otherwise": "其他情形",
  "goesTo": "{event} → {target}",
  "goesToIf": "{event}（{guard}）→ {target}",
  "stays": "{event}（仍在本環節）",
  "transitions": "流轉",
  "noTransitions": "流程在此結束",
  "separator": "；",
  "period": "{n}{unit}",
  "units": {
    "workday": "個工作日",
    "day": "日",
    "month": "個月",
    "year": "年",
    "hour": "小時"
  }
};

// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { EditDictionary } from './dictionary.js';

export const editZhHant: EditDictionary = {
  "messages": {
    "yaml-invalid": "文件第 {line} 行有 YAML 錯誤（{reason}），圖形編輯暫不可用；請先在 YAML 視圖中改正。",
    "file-too-large": "文件過大（{n} 字節），單個文件不得超過 5242880 字節（5 MB），無法編輯；文件中有多項職權的，請拆分為每項一個文件。",
    "not-a-power": "{place}不是一項職權（應為含 code 和 flow 的映射）。",
    "not-a-mapping": "{place}應為映射（“鍵: 值”），不是列表或文字，無法在此處編輯；請在 YAML 視圖中修改。",
    "invalid-path": "字段路徑{value}無效：不能為空，各段應為字段名或列表序號。",
    "reserved-name": "{value}是保留字，不能用作狀態名、事件名或字段名。",
    "invalid-state-id": "狀態名{value}無效：不能為空，不能含 . 或 #，不能以 $ 或空白開頭。",
    "invalid-event-name": "事件名{value}無效：不能為空，不能含 . 或 #，不能以 $ 或空白開頭。",
    "invalid-target": "去向{value}無效：應為狀態路徑，嵌套狀態寫作“上級.下級”。",
    "state-not-found": "流程中沒有狀態{value}。",
    "state-exists": "{state}下已有狀態{value}；同一層級的狀態名不能重複。",
    "event-not-found": "狀態{state}沒有事件{value}。",
    "event-exists": "狀態{state}已有事件{value}；請換一個事件名，或給原事件增加分支。",
    "branch-not-found": "狀態{state}的事件{value}沒有第 {n} 個分支。",
    "transition-exists": "狀態{state}的事件{value}已經去往{target}。",
    "target-ambiguous": "從狀態{state}無法寫出只指向{target}的去向（其他層級有同名狀態）；請先給其中一個狀態改名。",
    "invalid-position": "狀態{value}的位置無效：x、y 應為數字，寬、高應為不小於 0 的數字。",
    "invalid-value": "{place}的值無法寫入 YAML（只能是文字、數字、是/否、列表和映射）。"
  },
  "quote": [
    "“",
    "”"
  ],
  "topLevel": "流程頂層",
  "document": "文件頂層"
};

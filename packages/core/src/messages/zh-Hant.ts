// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { Dictionary } from './dictionary.js';

export const zhHant: Dictionary = {
  "severity": {
    "error": "錯誤",
    "warning": "警告"
  },
  "quote": [
    "“",
    "”"
  ],
  "listSeparator": "、",
  "placeSeparator": "的",
  "messages": {
    "file-unreadable": "無法讀取文件：{reason}。",
    "file-too-large": "文件過大（{value} 字節），單個文件不得超過 {limit} 字節（5 MB）；文件中有多項職權的，請拆分為每項一個文件。",
    "too-many-problems": "從這裡起，這個文件還有 {value} 個問題沒有列出（每個文件最多列出 {limit} 個）。請先改正上面列出的問題，再重新檢查。",
    "invalid-encoding": "文件不是 UTF-8 編碼（第 {limit} 字節無法解碼）；請在編輯器中以 UTF-8 重新保存（GBK 等編碼導出的文件需要轉換）。",
    "not-a-catalogue": "這是一個職權事項文件，不是目錄入口文件；請校驗它所在的目錄（含 catalogue.yaml 的文件夾）。",
    "yaml-syntax": "YAML 語法錯誤：{reason}。",
    "yaml-duplicate-key": "同一層級中鍵{value}出現了兩次；YAML 不允許重複的鍵。",
    "yaml-too-deep": "嵌套超過 {limit} 層，已停止讀取；請檢查縮進，以及括號是否成對。",
    "yaml-alias-limit": "別名（*引用）太多、展開後內容過大或引用了自身，已停止讀取；此文件可能是惡意構造的“別名炸彈”。別名只宜用於少量重複的內容。",
    "yaml-unknown-tag": "不支持 YAML 標籤{value}；目錄文件只使用普通的文字、數字、列表和映射。",
    "yaml-empty": "文件是空的。",
    "yaml-multiple-documents": "一個文件只能有一個 YAML 文檔（發現了以 --- 分隔的多個文檔）；每個職權事項請單獨成文件。",
    "missing-field": "{place}缺少必填字段 {field}。",
    "unknown-field": "{place}有未知字段{value}；允許的字段：{allowed}。",
    "wrong-type": "{place}應為{expected}，實際是{actual}。",
    "invalid-value": "{place}的值{value}無效，應為以下之一：{allowed}。",
    "unknown-category": "職權類別{value}無效，應為以下之一：{allowed}。",
    "unknown-step": "{place}的值{value}無效，環節類型應為以下之一：{allowed}。",
    "unknown-outcome": "{place}的值{value}無效，辦理結果應為以下之一：{allowed}。",
    "unknown-checkpoint-kind": "{place}的值{value}無效，監督制約環節的種類應為以下之一：{allowed}。",
    "unknown-risk-level": "{place}的值{value}無效，廉政風險等級應為以下之一：{allowed}。",
    "unknown-right-kind": "{place}的值{value}無效，權利種類應為以下之一：{allowed}。",
    "unknown-unit": "{place}的值{value}無效，期間單位應為以下之一：{allowed}。",
    "unknown-level": "{place}的值{value}無效，行使層級應為以下之一：{allowed}。",
    "unknown-party": "{place}的值{value}無效，職權對象應為以下之一：{allowed}。",
    "invalid-code": "事項編碼{value}無效：只能用字母、數字和 . _ -，以字母或數字開頭，最長 64 個字符，不能含 / 或 \\（編碼會成為文件夾名和網址）。",
    "invalid-id": "{place}的值{value}無效：標識只能用小寫字母、數字和連字符 -，以字母或數字開頭，最長 64 個字符。",
    "invalid-state-name": "{place}：狀態名{value}無效，不能含 . 或 #，不能以 $ 或空白開頭。",
    "invalid-event-name": "{place}：事件名{value}無效，不能含 . 或 #，不能以 $ 或空白開頭。",
    "invalid-target": "{place}：去向{value}無效，應為狀態名，嵌套狀態寫作“上級.下級”，各段不能為空、不能含 #。",
    "reserved-name": "{place}：{value}是保留字，不能用作狀態、事件或標識的名稱。",
    "invalid-basis-ref": "{place}：法律依據{value}寫法無效，應為“法規 id + 空格 + 條號”，款、項用點連接，條款項用阿拉伯數字，如 ogi-reg 33、admin-licensing 42.1。",
    "invalid-date": "{place}的值{value}不是有效日期，應寫作 YYYY-MM-DD，如 2026-12-01。",
    "invalid-timestamp": "{place}的值{value}不是有效時間，應寫作 2026-09-28T10:12:00+08:00（可省略秒和時區）。",
    "invalid-article-number": "{place}：條號{value}無效，應為阿拉伯數字，款、項用點連接，如 33、42.1。",
    "invalid-date-range": "{place}：日期區間{value}無效，開始日期晚於結束日期。",
    "out-of-range": "{place}的值 {value} 超出範圍，應{limit}。",
    "empty-value": "{place}不能為空。",
    "too-few-items": "{place}至少要有 {limit} 項。",
    "duplicate-item": "{place}中有重複的項。",
    "unsupported-version": "格式版本 sunlit: {value} 不受支持；本版本的 Sunlit 讀取 sunlit: 1。",
    "empty-states": "{place}中至少要有一個狀態。",
    "invalid-glob": "powers 中的路徑模式{value}無效：應為相對本文件、位於目錄文件夾之內的路徑，不能以 / 開頭，不能含 ..。",
    "glob-no-match": "powers 中的路徑模式{value}沒有匹配到任何文件。",
    "file-outside-catalogue": "{value}指向目錄文件夾之外（可能經由符號鏈接），已忽略。",
    "unknown-department": "實施主體{value}不在目錄的部門列表（departments）中。",
    "unknown-law": "{place}引用的法規{value}不在目錄的法規庫（laws）中。",
    "unknown-target": "{place}的去向{value}不存在：在同一層級、各上級層級和本狀態的子狀態中都找不到這個狀態（嵌套狀態可寫路徑，如 聯合審查.現場核查）。",
    "unknown-initial": "{place}的初始狀態{value}不在其 states 中。",
    "missing-initial": "{place}有子狀態，需要用 initial 指定初始子狀態（並行狀態除外）。",
    "parallel-with-initial": "{place}是並行狀態（type: parallel），各區域同時開始，不能寫 initial。",
    "parallel-without-regions": "{place}是並行狀態（type: parallel），但沒有 states（並行區域）。",
    "final-state-has-exits": "{place}是終止狀態（type: final），不能再有 {field}。",
    "final-state-has-states": "{place}是終止狀態（type: final），不能有子狀態。",
    "ondone-on-atomic": "{place}沒有子狀態，onDone 永遠不會發生。",
    "ondone-loop": "{place}指向{value}：進入後立即又有狀態辦結，而它的 onDone 又回到這裡，流程會無休止地循環，任何辦件都無法繼續辦理。請讓 onDone 指向流程中的下一個狀態。",
    "unknown-clock-state": "{place}：狀態{value}不存在（嵌套狀態寫完整路徑，如 聯合審查.現場核查）。",
    "unknown-clock-event": "{place}：延長事件{value}在流程中沒有出現。",
    "unknown-calendar": "{place}：工作日曆{value}未定義；可用的有：{allowed}。",
    "unknown-timezone": "時區{value}無效，應為 IANA 時區名，如 Asia/Shanghai。",
    "duplicate-code": "事項編碼{value}重複：已在 {file}:{line} 使用。",
    "duplicate-id": "{place}：標識{value}重複，同一目錄中的{field}標識必須唯一。",
    "unknown-layout-state": "佈局中的狀態{value}在流程中不存在，其位置將被忽略。",
    "unknown-rule": "檢查規則{value}不存在，這項設置不起作用；可用的規則：{allowed}。",
    "no-unreachable-state": "{place}從初始狀態出發無法到達：沒有任何事件轉入這個狀態。請補上轉入它的事件，或者刪除這個狀態。",
    "no-dead-end": "{place}不是終止狀態，但沒有任何事件能離開它，辦件會停在這裡。請補上離開它的事件（on），或者把它標為終止狀態（type: final）並寫明辦理結果（outcome）。",
    "final-state-required": "{place}沒有終止狀態（type: final），辦件永遠無法辦結。請至少增加一個終止狀態，並寫明辦理結果（outcome）。",
    "no-clock-without-stop": "{place}從起算狀態{value}出發，到不了任何停止狀態（{states}），計時永遠不會停止。請檢查 until 和流程中的轉移。",
    "penalty-notice-before-decision": "{place}是作出處罰決定的環節，但有一條路徑不經過告知就能到達它：{path}。行政處罰法第四十四條、第六十二條：作出行政處罰決定之前，應當告知當事人擬作出的處罰內容及事實、理由、依據和陳述、申辯、要求聽證等權利，未告知的不得作出決定。請在決定之前加入告知環節（step: notify，或者 checkpoint 的 kind: notification）。",
    "penalty-hearing-right": "本事項是行政處罰，但{place}中沒有聽證環節（step: hearing 或者 checkpoint 的 kind: hearing）。行政處罰法第六十三條、第六十四條：擬作出較大數額罰款、吊銷許可證件、責令停產停業等較重的行政處罰的，應當告知當事人有要求聽證的權利，當事人要求聽證的，應當組織聽證。請加入聽證環節；適用簡易程序當場處罰的，請在事項或者決定環節的依據中引用行政處罰法第五十一條。",
    "penalty-legal-review": "{place}是作出處罰決定的環節，但到達它的路徑上都沒有法制審核（checkpoint 的 kind: legal-review）。行政處罰法第五十八條：涉及重大公共利益、經過聽證程序、案件情況疑難複雜等情形，在作出決定之前應當進行法制審核，未經法制審核或者審核未通過的，不得作出決定。請在決定之前加入法制審核環節。",
    "licensing-correction-branch": "{place}是接收或者受理申請的環節，但從這裡到不了補正環節（step: correction）。行政許可法第三十二條：申請材料不齊全或者不符合法定形式的，應當當場或者在五日內一次告知申請人需要補正的全部內容。請加入補正環節。",
    "adverse-final-tells-remedies": "{place}的辦理結果是{term}，但沒有寫 remedies: true。不予許可、不予受理和行政處罰的決定應當告知申請人或者當事人申請行政複議、提起行政訴訟的途徑和期限（行政許可法第三十八條第二款、行政處罰法第四十四條、第五十九條）。請在決定文書中寫明救濟途徑，並標明 remedies: true。",
    "promised-within-statutory": "承諾時限 {period} 長於法定時限 {bound}。承諾時限是對法定時限的縮短，不能超過法定時限；請改正其中之一。",
    "step-deadlines-fit-statutory": "{place}的期限是 {bound}，但沿最長的一條路徑（{path}），各環節時限（deadline）之和至少是 {period}，超過了計時器的期限。請縮短環節時限，或者核對計時器的期限。",
    "high-risk-needs-controls": "{place}的等級是高（high），但沒有防控措施（controls）。請至少寫明一項防控措施。",
    "basis-required": "{place}沒有引用法律依據（basis）。職權法定：事項本身、每個決定環節和每個計時器都應當至少引用一條法律、法規或者規章的條文。",
    "ogi-reply-period": "{place}引用了政府信息公開條例第三十三條，答覆期限應當是 20 個工作日，這裡寫的是 {period}。",
    "penalty-decision-period": "{place}引用了行政處罰法第六十條，期限應當是自立案之日起 90 日（自然日），這裡寫的是 {period}。法律、法規、規章另有規定的，請同時引用該規定。",
    "unit-matches-statute": "{place}寫的是 {period}（自然日），但行政許可法第八十二條規定，實施行政許可的期限以工作日計算，不含法定節假日。請改為 unit: workday。"
  },
  "variants": {
    "final-state-required.on-done": "{place}寫了完成後去向（onDone），但沒有終止子狀態（type: final），onDone 永遠不會發生。請增加終止子狀態。",
    "no-clock-without-stop.final": "{place}從起算狀態{value}出發，到不了任何終止狀態，計時永遠不會停止。請檢查流程中的轉移，或者用 until 寫明停止狀態。",
    "penalty-hearing-right.heavy": "本事項的裁量基準含有較重的處罰（{value}），但流程中沒有聽證環節（step: hearing 或者 checkpoint 的 kind: hearing），相對人權利（rights）中也沒有聽證（hearing）。行政處罰法第六十三條：擬作出較大數額罰款、沒收較大數額違法所得、降低資質等級、吊銷許可證件、責令停產停業、責令關閉、限制從業等處罰的，應當告知當事人有要求聽證的權利，當事人要求聽證的，應當組織聽證。請加入聽證環節和聽證權利。",
    "penalty-hearing-right.right": "本事項是行政處罰，但{place}中沒有聽證（kind: hearing）。行政處罰法第四十四條、第六十三條：應當告知當事人依法享有的陳述、申辯、要求聽證等權利。請在相對人權利中寫明聽證權利及其期限（告知後 5 個工作日內提出，第六十四條）；適用簡易程序當場處罰的，請在依據中引用行政處罰法第五十一條。",
    "penalty-decision-period.missing": "本事項是適用普通程序的行政處罰，但沒有處罰決定期限。行政處罰法第六十條：應當自立案之日起九十日內作出處罰決定。請加入計時器或者法定時限（90 日），並引用第六十條。",
    "licensing-correction-branch.clock": "{place}是告知補正的期限，這裡寫的是 {period}，超過了行政許可法第三十二條規定的 5 個工作日（逾期不告知的，自收到申請材料之日起即為受理）。",
    "high-risk-needs-controls.owner": "{place}的等級是高（high），但沒有寫責任人（owner），所在狀態也沒有承辦崗位（actor）。請寫明由誰對這個風險點負責。",
    "ogi-reply-period.extension": "{place}的延長寫的是 {period}、最多 {limit} 次。政府信息公開條例第三十三條：需要延長答覆期限的，應當經政府信息公開工作機構負責人同意，延長的期限最長不得超過 20 個工作日（一次）。",
    "unit-matches-statute.penalty": "{place}寫的是 {period}（自然日），但行政處罰法第八十五條規定，本法中“二日”“三日”“五日”“七日”的規定是指工作日，不含法定節假日。請改為 unit: workday。",
    "unit-matches-statute.coercion": "{place}寫的是 {period}（自然日），但行政強制法第六十九條規定，本法中十日以內期限的規定是指工作日，不含法定節假日。請改為 unit: workday。",
    "unit-matches-statute.reconsideration": "{place}寫的是 {period}（自然日），但行政複議法第八十八條規定，本法關於“三日”“五日”“七日”“十日”的規定是指工作日，不含法定休假日。請改為 unit: workday。"
  },
  "hints": {
    "suggestion": "是否想寫{suggestion}？",
    "quote": "如果要寫的是文字，請加引號，如 \"0001\"。",
    "rule": "說明見 {rule}。"
  },
  "periods": {
    "workday": "{n} 個工作日",
    "day": "{n} 日",
    "month": "{n} 個月",
    "year": "{n} 年",
    "hour": "{n} 小時"
  },
  "pathSeparator": " → ",
  "comparisons": {
    ">=": "不小於",
    "<=": "不大於",
    ">": "大於",
    "<": "小於"
  },
  "types": {
    "string": "文字",
    "number": "數字",
    "integer": "整數",
    "boolean": "是/否（true 或 false）",
    "object": "映射（鍵: 值）",
    "array": "列表",
    "null": "空值"
  },
  "places": {
    "power": "第 {n} 項職權事項",
    "state": "狀態{name}",
    "event": "事件{name}",
    "branch": "第 {n} 個分支",
    "onDone": "完成後去向（onDone）",
    "clock": "計時器{name}",
    "department": "第 {n} 個部門",
    "law": "第 {n} 部法規",
    "calendar": "工作日曆{name}",
    "item": "{field}第 {n} 項",
    "event_item": "第 {n} 個事件",
    "field": "{field}"
  },
  "fields": {
    "code": "事項編碼",
    "name": "名稱",
    "category": "職權類別",
    "department": "實施主體",
    "unit": "單位",
    ".unit": "承辦機構",
    "level": "層級",
    ".level": "行使層級",
    "risk.level": "風險等級",
    "targets": "職權對象",
    "basis": "法律依據",
    "conditions": "行使條件",
    "materials": "申請材料",
    "fees": "收費",
    "limits": "辦理時限",
    "statutory": "法定時限",
    "promised": "承諾時限",
    "clocks": "計時器",
    "rights": "相對人權利",
    "accountability": "追責情形",
    "discretion": "裁量基準",
    "supervision": "監督方式",
    "publicity": "公開方式",
    "remarks": "備註",
    "flow": "流程",
    "layout": "佈局",
    "initial": "初始狀態",
    "states": "狀態",
    "on": "轉移",
    "onDone": "完成後去向",
    "type": "狀態類型",
    "step": "環節類型",
    "actor": "承辦崗位",
    "action": "辦理內容",
    "deadline": "環節時限",
    "checkpoint": "監督制約環節",
    "risk": "廉政風險點",
    "duties": "責任事項",
    "documents": "文書",
    "outcome": "辦理結果",
    "remedies": "告知救濟途徑",
    "target": "去向",
    "guard": "條件",
    "description": "說明",
    "within": "期限",
    "from": "起算狀態",
    "until": "停止狀態",
    "pause": "暫停計時的狀態",
    "extend": "延長",
    "by": "延長數",
    "times": "次數",
    "warn": "提前提示",
    "calendar": "工作日曆",
    "kind": "種類",
    "text": "內容",
    "controls": "防控措施",
    "owner": "責任人",
    "item": "收費項目",
    "standard": "收費標準",
    "ref": "引用",
    "role": "依據類型",
    "note": "說明",
    "circumstance": "情形",
    "range": "幅度",
    "phone": "電話",
    "email": "電子郵箱",
    "address": "地址",
    "website": "網站",
    "channels": "渠道",
    "direction": "方向",
    "nodes": "節點",
    "x": "橫座標",
    "y": "縱座標",
    "width": "寬度",
    "height": "高度",
    "sunlit": "格式版本",
    "id": "標識",
    "title": "標題",
    "authority": "發佈機關",
    "edition": "版本",
    "effective": "施行日期",
    "locale": "內容語言",
    "timezone": "時區",
    "calendars": "工作日曆",
    "departments": "部門",
    "laws": "法規庫",
    "powers": "職權事項",
    "lint": "檢查規則",
    "issuer": "制定機關",
    "version": "文本日期",
    "url": "地址",
    "articles": "條文",
    "extends": "基礎日曆",
    "holidays": "休息日",
    "workdays": "調休工作日",
    "case": "辦件編號",
    "power": "職權事項編碼",
    "opened": "開始時間",
    "events": "事件",
    "at": "時間",
    "event": "事件"
  },
  "terms": {
    "行政许可": "行政許可",
    "行政处罚": "行政處罰",
    "行政强制": "行政強制",
    "行政征收": "行政徵收",
    "行政给付": "行政給付",
    "行政检查": "行政檢查",
    "行政确认": "行政確認",
    "行政奖励": "行政獎勵",
    "行政裁决": "行政裁決",
    "其他行政权力": "其他行政權力",
    "申请": "申請",
    "接收 / 登记": "接收 / 登記",
    "补正": "補正",
    "受理": "受理",
    "调查取证": "調查取證",
    "审查": "審查",
    "征求意见": "徵求意見",
    "告知": "告知",
    "听证": "聽證",
    "决定": "決定",
    "送达": "送達",
    "执行": "執行",
    "公开": "公開",
    "办结 / 结案": "辦結 / 結案",
    "其他": "其他",
    "准予": "准予",
    "不予": "不予",
    "不予受理": "不予受理",
    "已作出决定": "已作出決定",
    "给予处罚": "給予處罰",
    "不予处罚": "不予處罰",
    "撤回 / 视为放弃": "撤回 / 視為放棄",
    "移送": "移送",
    "法制审核": "法制審核",
    "集体讨论": "集體討論",
    "负责人审批": "負責人審批",
    "回避": "迴避",
    "公示 / 公开": "公示 / 公開",
    "全过程记录": "全過程記錄",
    "两人以上执法": "兩人以上執法",
    "高": "高",
    "中": "中",
    "低": "低",
    "陈述": "陳述",
    "申辩": "申辯",
    "行政复议": "行政複議",
    "行政诉讼": "行政訴訟",
    "投诉举报": "投訴舉報",
    "国家赔偿": "國家賠償",
    "工作日": "工作日",
    "日": "日",
    "月": "月",
    "年": "年",
    "小时": "小時",
    "省级": "省級",
    "市级": "市級",
    "县级": "縣級",
    "乡级": "鄉級",
    "公民": "公民",
    "法人": "法人",
    "其他组织": "其他組織",
    "设定依据": "設定依據",
    "实施依据": "實施依據",
    "简体中文": "簡體中文",
    "繁体中文": "繁體中文",
    "英文": "英文"
  },
  "yamlReasons": [
    [
      "ENOENT",
      "文件不存在（可能是失效的鏈接）"
    ],
    [
      "EACCES",
      "沒有讀取權限"
    ],
    [
      "EPERM",
      "沒有讀取權限"
    ],
    [
      "EISDIR",
      "這是一個文件夾，不是文件"
    ],
    [
      "ELOOP",
      "鏈接循環指向自身"
    ],
    [
      "text contains \": \"",
      "這一行的文字中有“: ”（冒號加空格），YAML 會把它當作新的字段；請給整段文字加引號，如 remarks: \"注意: 補正後重新起算\""
    ],
    [
      "a colon must be followed by a space",
      "冒號後面要有一個空格（寫作“鍵: 值”）"
    ],
    [
      "a full-width colon",
      "不能用全角冒號“：”分隔鍵和值，請改用半角冒號加空格“: ”"
    ],
    [
      "a quote opened on this line is not closed",
      "這一行的引號沒有閉合"
    ],
    [
      "a bracket opened on this line is not closed",
      "這一行的括號（[ 或 {）沒有閉合"
    ],
    [
      "a closing bracket has no opening bracket",
      "多了一個右括號（] 或 }），沒有對應的左括號"
    ],
    [
      "bad indentation of a mapping entry",
      "映射項的縮進不正確（同一層級的字段應左對齊）"
    ],
    [
      "bad indentation of a sequence entry",
      "列表項的縮進不正確"
    ],
    [
      "deficient indentation",
      "縮進不足"
    ],
    [
      "end of the stream or a document separator is expected",
      "此處多出了內容（常見原因：縮進錯誤，或冒號後缺少空格）"
    ],
    [
      "missed comma between flow collection entries",
      "行內列表或映射的各項之間缺少逗號"
    ],
    [
      "unexpected end of the stream within a flow collection",
      "行內列表或映射（[ ] 或 { }）沒有閉合"
    ],
    [
      "unexpected end of the stream within a double quoted scalar",
      "雙引號字符串沒有閉合"
    ],
    [
      "unexpected end of the stream within a single quoted scalar",
      "單引號字符串沒有閉合"
    ],
    [
      "unexpected end of the document within a double quoted scalar",
      "雙引號字符串沒有閉合"
    ],
    [
      "unexpected end of the document within a single quoted scalar",
      "單引號字符串沒有閉合"
    ],
    [
      "tab characters must not be used in indentation",
      "縮進中不能使用製表符（Tab），請改用空格"
    ],
    [
      "a whitespace character is expected after the key-value separator",
      "冒號後面應有一個空格"
    ],
    [
      "expected ':' after a mapping key",
      "鍵後面應有冒號"
    ],
    [
      "the stream contains non-printable characters",
      "文件含有不可打印的控制字符"
    ],
    [
      "unknown escape sequence",
      "雙引號字符串中有未知的轉義序列（\\ 後的字符）"
    ],
    [
      "expected the node content, but found ','",
      "此處應有內容，卻是逗號"
    ],
    [
      "unidentified alias",
      "引用（*名稱）指向未定義的錨點（&名稱）"
    ],
    [
      "a line break is expected",
      "此處應換行"
    ],
    [
      "incomplete explicit mapping pair",
      "映射項不完整：缺少鍵"
    ],
    [
      "can not read a block mapping entry",
      "無法讀取映射項：一行中可能有多個冒號，含冒號的文字請加引號"
    ],
    [
      "can not read an implicit mapping pair",
      "無法讀取映射項：缺少冒號或冒號後缺少空格"
    ],
    [
      "name of an alias node must contain at least one character",
      "引用（*）後缺少錨點名稱"
    ],
    [
      "name of an anchor node must contain at least one character",
      "錨點（&）後缺少名稱"
    ],
    [
      "duplication of an anchor property",
      "同一節點有兩個錨點"
    ],
    [
      "duplication of a tag property",
      "同一節點有兩個標籤"
    ]
  ]
};

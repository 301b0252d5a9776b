// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { CliDictionary } from './dictionary.js';

export const zhHant: CliDictionary = {
  "usage": "用法：sunlit <命令> [選項]\n\n命令：\n  validate <路徑>…        校驗職權目錄：文件夾（含 catalogue.yaml）或單個目錄文件。\n                          檢查 YAML 語法、字段、取值和引用（部門、法規、狀態、計時器）。\n                          也可以校驗辦件文件（case.yaml）的格式。\n  lint <路徑>             先校驗，再用檢查規則審查職權事項：流程能否走通、處罰前是否告知、\n                          不予許可是否告知救濟途徑、承諾時限是否超過法定時限等。\n                          規則及其法律依據見 docs/rules/；可在 catalogue.yaml 的 lint 中\n                          設置為 off、warn 或 error。\n\n選項：\n  --format text|json      輸出格式，默認 text\n  --lang zh-Hans|zh-Hant|en\n                          消息語言，默認 zh-Hans（也可用環境變量 SUNLIT_LANG）\n  -h, --help              顯示本幫助\n  -v, --version           顯示版本\n\n退出碼：0 沒有錯誤（可能有警告）；1 發現錯誤；2 用法錯誤或無法讀取路徑。\n說明文檔：docs/cli.md",
  "usageError": "sunlit：{detail}\n運行 sunlit --help 查看用法。",
  "unknownCommand": "未知命令“{value}”",
  "unknownOption": "{value}",
  "missingLintPaths": "請給出要檢查的目錄路徑，例如 sunlit lint examples/shenyang",
  "missingPaths": "請給出要校驗的目錄路徑，例如 sunlit validate examples/shenyang",
  "badFormat": "--format 應為 text 或 json，而不是“{value}”",
  "badLang": "--lang 應為 zh-Hans、zh-Hant 或 en，而不是“{value}”",
  "notFound": "sunlit：找不到路徑“{value}”。",
  "noEntry": "sunlit：文件夾“{value}”中沒有 catalogue.yaml；請給出目錄文件夾或目錄文件。",
  "notAFile": "sunlit：“{value}”既不是文件也不是文件夾。",
  "internalError": "sunlit：內部錯誤（{value}）。這不是您的輸入造成的；請把命令和輸入文件報告給 Sunlit 開發者。",
  "clean": "✓ {path}：{title}（{edition}），{powers} 項職權{categories}，{departments} 個部門，{laws} 部法規；{verdict}。",
  "cleanCase": "✓ {path}：辦件 {case}（職權事項 {power}），{events} 個事件；{verdict}。",
  "noProblems": "沒有發現問題",
  "onlyWarnings": "沒有錯誤，{n} 個警告",
  "counts": "（{list}）",
  "withProblems": "✗ {path}：{summary}。",
  "errors": "{n} 個錯誤",
  "warnings": "{n} 個警告",
  "listSeparator": "，"
};

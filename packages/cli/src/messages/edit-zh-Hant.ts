// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { EditServerDictionary } from './edit-dictionary.js';

export const editZhHant: EditServerDictionary = {
  "editUsage": "用法：sunlit edit <目錄> [--port <端口>]（端口默認 4321，0 表示任選一個空閒端口）",
  "badPort": "--port 應為 0 到 65535 之間的整數，而不是“{value}”",
  "portInUse": "sunlit：端口 {value} 已被佔用；請用 --port 換一個端口，或用 --port 0 任選空閒端口。",
  "listening": "✓ 編輯器已啟動：{url}\n  目錄 {path}（入口 {entry}，{files} 個 YAML 文件）。在瀏覽器中打開上面的地址；只接受本機訪問。按 Ctrl+C 停止。",
  "notBuilt": "注意：編輯器界面尚未構建（沒有 {value}），瀏覽器中只會看到一個說明頁；請先在倉庫根目錄運行 pnpm build。文件接口照常可用。",
  "stopped": "編輯器已停止。",
  "badHost": "拒絕訪問：只接受 Host 為 127.0.0.1:{value} 或 localhost:{value} 的請求。",
  "badOrigin": "拒絕訪問：請求來自其他網站（{value}）。",
  "badPath": "路徑“{value}”不允許：只能是目錄文件夾之內的 .yaml 或 .yml 文件（不能含 ..、反斜槓、以點開頭的名稱，或經由符號鏈接離開目錄文件夾）。",
  "badBody": "請求內容應為 JSON：{ \"text\": 文件全文, \"base\": 編輯所依據的版本，新建文件時為 null }。",
  "tooLarge": "請求內容超過 {value} 字節，沒有寫入。",
  "notFound": "沒有“{value}”。",
  "badMethod": "“{value}”不支持這種請求方法。",
  "writeFailed": "寫入失敗（{value}），磁盤上的文件保持原樣；編輯器中的內容沒有丟失，請處理後再保存。"
};

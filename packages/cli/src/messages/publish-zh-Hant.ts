// GENERATED from zh-Hans.ts by OpenCC (cn → tw); do not edit. Regenerate: UPDATE_MESSAGES=1 pnpm test
import type { PublishDictionary } from './publish-dictionary.js';

export const publishZhHant: PublishDictionary = {
  "publishUsage": "用法：sunlit publish <目錄> --out <文件夾> [--previous <上一版網站或目錄>]",
  "outMissing": "請用 --out 給出網站的輸出文件夾，例如 sunlit publish examples/shenyang --out site",
  "outNotSite": "輸出文件夾“{value}”已存在且不是 Sunlit 發佈的網站，為避免覆蓋其中的文件，沒有發佈。請換一個文件夾或先清空它。",
  "previousUnreadable": "無法讀取上一版“{value}”：應為 Sunlit 發佈的網站文件夾（含 downloads/catalogue.json）或職權目錄。",
  "catalogueErrors": "✗ {path}：{n} 個錯誤，沒有發佈（原有網站保持不變）。",
  "published": "✓ 已發佈“{title}”（{edition}）：{powers} 項職權、{pages} 個頁面、{files} 個文件，寫入 {out}（用時 {seconds} 秒，流程圖佈局 {laid} 張、沿用緩存 {cached} 張；沿用上次發佈的文件 {reused} 個）。",
  "open": "用瀏覽器打開 {index}，或把該文件夾放到任何網站服務器上。",
  "changes": "與上一版（{edition}）相比：新增 {added} 項，取消 {removed} 項，調整 {changed} 項。變更頁：{page}",
  "diffUsage": "用法：sunlit diff <舊版> <新版>（目錄，或 Sunlit 發佈的網站文件夾）",
  "diffHeader": "“{old}”（{oldEdition}）→“{new}”（{newEdition}）",
  "added": "新增職權 {n} 項：",
  "removed": "取消職權 {n} 項：",
  "changed": "調整職權 {n} 項：",
  "fieldChanged": "{field}：由“{before}”改為“{after}”",
  "unchanged": "未變更 {n} 項。",
  "nothing": "兩版之間沒有變更。",
  "empty": "（空）",
  "listSeparator": "、"
};

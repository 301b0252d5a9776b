/** 简体中文: the source language; publish-zh-Hant.ts is generated from it with OpenCC (see test/messages.test.ts). */
import type { PublishDictionary } from './publish-dictionary.js';

export const publishZhHans: PublishDictionary = {
  publishUsage: '用法：sunlit publish <目录> --out <文件夹> [--previous <上一版网站或目录>]',
  outMissing: '请用 --out 给出网站的输出文件夹，例如 sunlit publish examples/shenyang --out site',
  outNotSite: '输出文件夹“{value}”已存在且不是 Sunlit 发布的网站，为避免覆盖其中的文件，没有发布。请换一个文件夹或先清空它。',
  previousUnreadable: '无法读取上一版“{value}”：应为 Sunlit 发布的网站文件夹（含 downloads/catalogue.json）或职权目录。',
  catalogueErrors: '✗ {path}：{n} 个错误，没有发布（原有网站保持不变）。',
  published: '✓ 已发布“{title}”（{edition}）：{powers} 项职权、{pages} 个页面、{files} 个文件，写入 {out}（用时 {seconds} 秒，流程图布局 {laid} 张、沿用缓存 {cached} 张；沿用上次发布的文件 {reused} 个）。',
  open: '用浏览器打开 {index}，或把该文件夹放到任何网站服务器上。',
  changes: '与上一版（{edition}）相比：新增 {added} 项，取消 {removed} 项，调整 {changed} 项。变更页：{page}',
  diffUsage: '用法：sunlit diff <旧版> <新版>（目录，或 Sunlit 发布的网站文件夹）',
  diffHeader: '“{old}”（{oldEdition}）→“{new}”（{newEdition}）',
  added: '新增职权 {n} 项：',
  removed: '取消职权 {n} 项：',
  changed: '调整职权 {n} 项：',
  fieldChanged: '{field}：由“{before}”改为“{after}”',
  unchanged: '未变更 {n} 项。',
  nothing: '两版之间没有变更。',
  empty: '（空）',
  listSeparator: '、',
};

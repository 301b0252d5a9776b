/** 简体中文: the source language; edit-zh-Hant.ts is generated from it with OpenCC (see test/edit.test.ts). */
import type { EditServerDictionary } from './edit-dictionary.js';

export const editZhHans: EditServerDictionary = {
  editUsage: '用法：sunlit edit <目录> [--port <端口>]（端口默认 4321，0 表示任选一个空闲端口）',
  badPort: '--port 应为 0 到 65535 之间的整数，而不是“{value}”',
  portInUse: 'sunlit：端口 {value} 已被占用；请用 --port 换一个端口，或用 --port 0 任选空闲端口。',
  listening: '✓ 编辑器已启动：{url}\n  目录 {path}（入口 {entry}，{files} 个 YAML 文件）。在浏览器中打开上面的地址；只接受本机访问。按 Ctrl+C 停止。',
  notBuilt: '注意：编辑器界面尚未构建（没有 {value}），浏览器中只会看到一个说明页；请先在仓库根目录运行 pnpm build。文件接口照常可用。',
  stopped: '编辑器已停止。',
  badHost: '拒绝访问：只接受 Host 为 127.0.0.1:{value} 或 localhost:{value} 的请求。',
  badOrigin: '拒绝访问：请求来自其他网站（{value}）。',
  badPath: '路径“{value}”不允许：只能是目录文件夹之内的 .yaml 或 .yml 文件（不能含 ..、反斜杠、以点开头的名称，或经由符号链接离开目录文件夹）。',
  badBody: '请求内容应为 JSON：{ "text": 文件全文, "base": 编辑所依据的版本，新建文件时为 null }。',
  tooLarge: '请求内容超过 {value} 字节，没有写入。',
  notFound: '没有“{value}”。',
  badMethod: '“{value}”不支持这种请求方法。',
  writeFailed: '写入失败（{value}），磁盘上的文件保持原样；编辑器中的内容没有丢失，请处理后再保存。',
};

/** 简体中文: the source language; zh-Hant.ts is generated from it with OpenCC (see test/messages.test.ts). */
import type { CliDictionary } from './dictionary.js';

export const zhHans: CliDictionary = {
  usage: `用法：sunlit <命令> [选项]

命令：
  validate <路径>…        校验职权目录：文件夹（含 catalogue.yaml）或单个目录文件。
                          检查 YAML 语法、字段、取值和引用（部门、法规、状态、计时器）。
                          也可以校验办件文件（case.yaml）的格式。
  lint <路径>             先校验，再用检查规则审查职权事项：流程能否走通、处罚前是否告知、
                          不予许可是否告知救济途径、承诺时限是否超过法定时限等。
                          规则及其法律依据见 docs/rules/；可在 catalogue.yaml 的 lint 中
                          设置为 off、warn 或 error。

选项：
  --format text|json      输出格式，默认 text
  --lang zh-Hans|zh-Hant|en
                          消息语言，默认 zh-Hans（也可用环境变量 SUNLIT_LANG）
  -h, --help              显示本帮助
  -v, --version           显示版本

退出码：0 没有错误（可能有警告）；1 发现错误；2 用法错误或无法读取路径。
说明文档：docs/cli.md`,
  usageError: 'sunlit：{detail}\n运行 sunlit --help 查看用法。',
  unknownCommand: '未知命令“{value}”',
  unknownOption: '{value}',
  missingLintPaths: '请给出要检查的目录路径，例如 sunlit lint examples/shenyang',
  missingPaths: '请给出要校验的目录路径，例如 sunlit validate examples/shenyang',
  badFormat: '--format 应为 text 或 json，而不是“{value}”',
  badLang: '--lang 应为 zh-Hans、zh-Hant 或 en，而不是“{value}”',
  notFound: 'sunlit：找不到路径“{value}”。',
  noEntry: 'sunlit：文件夹“{value}”中没有 catalogue.yaml；请给出目录文件夹或目录文件。',
  notAFile: 'sunlit：“{value}”既不是文件也不是文件夹。',
  internalError: 'sunlit：内部错误（{value}）。这不是您的输入造成的；请把命令和输入文件报告给 Sunlit 开发者。',
  clean: '✓ {path}：{title}（{edition}），{powers} 项职权{categories}，{departments} 个部门，{laws} 部法规；{verdict}。',
  cleanCase: '✓ {path}：办件 {case}（职权事项 {power}），{events} 个事件；{verdict}。',
  noProblems: '没有发现问题',
  onlyWarnings: '没有错误，{n} 个警告',
  counts: '（{list}）',
  withProblems: '✗ {path}：{summary}。',
  errors: '{n} 个错误',
  warnings: '{n} 个警告',
  listSeparator: '，',
};

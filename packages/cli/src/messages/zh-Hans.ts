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
  deadline <日期> <数量> <单位>
                          按法定规则计算期限：开始当日不计入；单位为 workday（工作日）、
                          day（日）、month（月）、year（年）、hour（小时）；届满日为节假日的顺延。
  simulate <目录> --case <文件>
                          按职权流程回放办件（YAML/JSON 单个办件，或 CSV 办件日志），
                          报告当前状态、各项期限及违规情况。
  import <表格> --out <文件夹> [--map <文件>]
                          把权责清单表格（.xlsx 或 CSV，UTF-8/GBK）导入为目录：
                          每项职权一个文件，流程取类别模板，并写出 import-report.md。
  publish <目录> --out <文件夹> [--previous <上一版>]
                          生成公开网站（静态页面，含流程图、下载和繁体、英文页面）；
                          先写入临时文件夹，完成后再替换原有网站。
  diff <旧版> <新版>      比较两版目录（或已发布的网站）：新增、取消和逐项调整的职权。
  edit <目录> [--port <端口>]
                          在本机启动流程编辑器（http://127.0.0.1:4321/），直接读写目录中的
                          YAML 文件：原子写入，磁盘上的文件被改动时提示冲突，按 Ctrl+C 停止。

选项：
  --format text|json      输出格式，默认 text
  --calendar <日历>       deadline 使用的日历，默认 cn-mainland（国务院办公厅节假日安排）
  --catalogue <目录>      deadline 使用该目录中定义的本地日历
  --weekends-only         没有官方节假日数据的年份只按周末计算（否则报告 calendar-range）
  --case <文件>           simulate 回放的办件文件或 CSV 日志
  --at <时间>             simulate 的评估时间，默认现在；此后的事件不计入
  --out <文件夹>          import、publish 的输出文件夹
  --previous <路径>       publish 与之比较并生成变更页的上一版（已发布的网站或目录）
  --port <端口>           edit 监听的端口，默认 4321；0 表示任选空闲端口
  --lang zh-Hans|zh-Hant|en
                          消息语言，默认 zh-Hans（也可用环境变量 SUNLIT_LANG）
  -h, --help              显示本帮助
  -v, --version           显示版本

退出码：0 没有错误（可能有警告）；1 发现错误、办件有违规或超出日历数据范围；2 用法错误或无法读取路径。
说明文档：docs/cli.md`,
  usageError: 'sunlit：{detail}\n运行 sunlit --help 查看用法。',
  unknownCommand: '未知命令“{value}”',
  unknownOption: '{value}',
  missingLintPaths: '请给出要检查的目录路径，例如 sunlit lint examples/shenyang',
  missingPaths: '请给出要校验的目录路径，例如 sunlit validate examples/shenyang',
  badFormat: '--format 应为 text 或 json，而不是“{value}”',
  nulArgument: '参数“{value}”含有空字符（\\0），路径和取值中都不能有这个字符',
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
  importMissing: '请给出要导入的表格，例如 sunlit import 权责清单.xlsx --out 目录文件夹',
  importOutMissing: '请用 --out 给出目录文件夹，导入结果写在其中',
  importNotFound: 'sunlit：找不到表格文件“{value}”。',
  importTooLarge: 'sunlit：表格文件“{value}”过大（{detail} 字节）；请拆分后分别导入。',
  importNotSpreadsheet: 'sunlit：“{value}”不是表格文件；可以导入 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK）。',
  importOldExcel: 'sunlit：“{value}”是旧版 Excel 文件（.xls），无法直接读取；请在 Excel 或 WPS 中另存为 .xlsx 后再导入。',
  importUnreadable: 'sunlit：无法读取表格“{value}”：{detail}。',
  importBadMap: 'sunlit：表头对照文件“{value}”无效（{detail}）；应为“表头: 字段”，字段见 docs/import.md。',
  importBadOut: 'sunlit：--out “{value}”是一个文件，应为文件夹。',
  importOutEscapes: 'sunlit：写入“{value}”会离开目录文件夹（经由符号链接），已停止。',
  importSummary: '导入 {file}：{sheets} 张工作表，{powers} 项职权（新建 {created}，更新 {updated}，未变 {unchanged}），需要核对的单元格 {uncertain} 个。',
  importValid: '✓ {out}：目录校验通过；每项职权都标有 x-sunlit-review，流程为类别模板，请逐项核对。',
  importInvalid: '✗ {out}：导入后的目录有 {n} 个错误（见上）。',
  importReport: '导入报告：{path}',
  importNoTable: 'sunlit：表格“{value}”的各工作表中都没有找到表头（需要“事项名称”等列）；可用 --map 指定表头，见 docs/import.md。',
};

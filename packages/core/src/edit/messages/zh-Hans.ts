/** 简体中文: the source language; zh-Hant.ts is generated from it with OpenCC (see test/edit-messages.test.ts). */
import type { EditDictionary } from './dictionary.js';

export const editZhHans: EditDictionary = {
  messages: {
    'yaml-invalid': '文件第 {line} 行有 YAML 错误（{reason}），图形编辑暂不可用；请先在 YAML 视图中改正。',
    'file-too-large': '文件过大（{n} 字节），单个文件不得超过 5242880 字节（5 MB），无法编辑；文件中有多项职权的，请拆分为每项一个文件。',
    'not-a-power': '{place}不是一项职权（应为含 code 和 flow 的映射）。',
    'not-a-mapping': '{place}应为映射（“键: 值”），不是列表或文字，无法在此处编辑；请在 YAML 视图中修改。',
    'invalid-path': '字段路径{value}无效：不能为空，各段应为字段名或列表序号。',
    'reserved-name': '{value}是保留字，不能用作状态名、事件名或字段名。',
    'invalid-state-id': '状态名{value}无效：不能为空，不能含 . 或 #，不能以 $ 或空白开头。',
    'invalid-event-name': '事件名{value}无效：不能为空，不能含 . 或 #，不能以 $ 或空白开头。',
    'invalid-target': '去向{value}无效：应为状态路径，嵌套状态写作“上级.下级”。',
    'state-not-found': '流程中没有状态{value}。',
    'state-exists': '{state}下已有状态{value}；同一层级的状态名不能重复。',
    'event-not-found': '状态{state}没有事件{value}。',
    'event-exists': '状态{state}已有事件{value}；请换一个事件名，或给原事件增加分支。',
    'branch-not-found': '状态{state}的事件{value}没有第 {n} 个分支。',
    'transition-exists': '状态{state}的事件{value}已经去往{target}。',
    'target-ambiguous': '从状态{state}无法写出只指向{target}的去向（其他层级有同名状态）；请先给其中一个状态改名。',
    'invalid-position': '状态{value}的位置无效：x、y 应为数字，宽、高应为不小于 0 的数字。',
    'invalid-value': '{place}的值无法写入 YAML（只能是文字、数字、是/否、列表和映射）。',
  },
  quote: ['“', '”'],
  topLevel: '流程顶层',
  document: '文件顶层',
};

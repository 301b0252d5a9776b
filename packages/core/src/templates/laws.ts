/**
 * The law registry entries the templates cite: the general procedure statutes, in the versions in
 * force (sources: shared domain notes, section 3, read from the statute texts).
 */
import type { LawDocument } from '../documents.js';

export const templateLaws = {
  'admin-licensing': {
    id: 'admin-licensing',
    title: '中华人民共和国行政许可法',
    issuer: '全国人民代表大会常务委员会',
    version: '2019-04-23',
    effective: '2019-04-23',
  },
  'admin-penalty': {
    id: 'admin-penalty',
    title: '中华人民共和国行政处罚法',
    issuer: '全国人民代表大会常务委员会',
    version: '2021-01-22',
    effective: '2021-07-15',
  },
  'admin-coercion': {
    id: 'admin-coercion',
    title: '中华人民共和国行政强制法',
    issuer: '全国人民代表大会常务委员会',
    version: '2011-06-30',
    effective: '2012-01-01',
  },
  'ogi-reg': {
    id: 'ogi-reg',
    title: '中华人民共和国政府信息公开条例',
    issuer: '国务院',
    version: '2019-04-03',
    effective: '2019-05-15',
  },
  'admin-reconsideration': {
    id: 'admin-reconsideration',
    title: '中华人民共和国行政复议法',
    issuer: '全国人民代表大会常务委员会',
    version: '2023-09-01',
    effective: '2024-01-01',
  },
  'admin-litigation': {
    id: 'admin-litigation',
    title: '中华人民共和国行政诉讼法',
    issuer: '全国人民代表大会',
    version: '2017-06-27',
    effective: '2017-07-01',
  },
} as const satisfies Readonly<Record<string, LawDocument>>;

export type TemplateLawId = keyof typeof templateLaws;

/**
 * Conversion tables for the two legacy Vietnamese encodings found in old rosters, written for this
 * project from the standards' structure and checked against worked examples (domain notes §6.1).
 * In an Excel cell, legacy text is stored as the Windows-1252 reading of the legacy bytes, so the tables
 * map those characters.
 */

/** TCVN3 (TCVN 5712:1993, VN3 "ABC" fonts): byte → Unicode letter, written as cp1252 characters. */
export const TCVN3: ReadonlyArray<[string, string]> = [
  ['\u00a1', 'Ă'],
  ['\u00a2', 'Â'],
  ['\u00a3', 'Ê'],
  ['\u00a4', 'Ô'],
  ['\u00a5', 'Ơ'],
  ['\u00a6', 'Ư'],
  ['\u00a7', 'Đ'],
  ['\u00a8', 'ă'],
  ['\u00a9', 'â'],
  ['\u00aa', 'ê'],
  ['\u00ab', 'ô'],
  ['\u00ac', 'ơ'],
  ['\u00ad', 'ư'],
  ['\u00ae', 'đ'],
  ['\u00b5', 'à'],
  ['\u00b6', 'ả'],
  ['\u00b7', 'ã'],
  ['\u00b8', 'á'],
  ['\u00b9', 'ạ'],
  ['\u00bb', 'ằ'],
  ['\u00bc', 'ẳ'],
  ['\u00bd', 'ẵ'],
  ['\u00be', 'ắ'],
  ['\u00c6', 'ặ'],
  ['\u00c7', 'ầ'],
  ['\u00c8', 'ẩ'],
  ['\u00c9', 'ẫ'],
  ['\u00ca', 'ấ'],
  ['\u00cb', 'ậ'],
  ['\u00cc', 'è'],
  ['\u00ce', 'ẻ'],
  ['\u00cf', 'ẽ'],
  ['\u00d0', 'é'],
  ['\u00d1', 'ẹ'],
  ['\u00d2', 'ề'],
  ['\u00d3', 'ể'],
  ['\u00d4', 'ễ'],
  ['\u00d5', 'ế'],
  ['\u00d6', 'ệ'],
  ['\u00d7', 'ì'],
  ['\u00d8', 'ỉ'],
  ['\u00dc', 'ĩ'],
  ['\u00dd', 'í'],
  ['\u00de', 'ị'],
  ['\u00df', 'ò'],
  ['\u00e1', 'ỏ'],
  ['\u00e2', 'õ'],
  ['\u00e3', 'ó'],
  ['\u00e4', 'ọ'],
  ['\u00e5', 'ồ'],
  ['\u00e6', 'ổ'],
  ['\u00e7', 'ỗ'],
  ['\u00e8', 'ố'],
  ['\u00e9', 'ộ'],
  ['\u00ea', 'ờ'],
  ['\u00eb', 'ở'],
  ['\u00ec', 'ỡ'],
  ['\u00ed', 'ớ'],
  ['\u00ee', 'ợ'],
  ['\u00ef', 'ù'],
  ['\u00f1', 'ủ'],
  ['\u00f2', 'ũ'],
  ['\u00f3', 'ú'],
  ['\u00f4', 'ụ'],
  ['\u00f5', 'ừ'],
  ['\u00f6', 'ử'],
  ['\u00f7', 'ữ'],
  ['\u00f8', 'ứ'],
  ['\u00f9', 'ự'],
  ['\u00fa', 'ỳ'],
  ['\u00fb', 'ỷ'],
  ['\u00fc', 'ỹ'],
  ['\u00fd', 'ý'],
  ['\u00fe', 'ỵ'],
];

/** VNI-Windows marks: a base letter followed by these characters (lower case; upper case likewise). */
export const VNI_TONE = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' } as const;
/** After a, e, o: circumflex alone, or circumflex with a tone, in one character. */
export const VNI_CIRCUMFLEX = { none: 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' } as const;
/** After a: breve alone, or breve with a tone, in one character. */
export const VNI_BREVE = { none: 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' } as const;
/** Letters VNI writes as one character: ơ ư đ, and i / y with some tones. */
export const VNI_SINGLE: ReadonlyArray<[string, string]> = [
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

import { sqlString } from './sql-text';

/**
 * Product codes that are not merchandise: postage, fees, manual corrections, discounts,
 * samples, charity commission (the UCI Online Retail codes, plus common names elsewhere).
 */
export const NON_PRODUCT_CODES = [
  'POST',
  'DOT',
  'M',
  'D',
  'C2',
  'S',
  'B',
  'CRUK',
  'PADS',
  'AMAZONFEE',
  'BANK CHARGES',
  'SHIPPING',
  'DELIVERY',
  'CARRIAGE',
  'FEE',
  'DISCOUNT',
  'ADJUST',
  'ADJUSTMENT',
  'GIFTCARD',
  'GIFT CARD',
  'TIP',
] as const;

/** Words in a description that mark a line as a charge or correction rather than a product (RE2). */
// "Carriage" only at the end: "Next Day Carriage" is a charge, a "Carriage Clock" is a product.
const DESCRIPTION_PATTERN = `(?i)\\b(fees?|postage|charges?|manual|discounts?|adjust\\w*|vouchers?)\\b|\\bcarriage\\s*$`;

/**
 * SQL that is true for a non-product line: a listed code, a gift voucher code (gift_0001_20),
 * a code without digits when the file's products are numbered (`codesHaveDigits`), or a
 * description naming a fee, postage, carriage, charge, manual correction, discount, adjustment or
 * voucher.
 */
export const nonProductSql = (
  productId: string | null,
  productName: string | null,
  codesHaveDigits: boolean,
): string => {
  const tests: string[] = [];
  if (productId !== null) {
    const listed = NON_PRODUCT_CODES.map(sqlString).join(', ');
    tests.push(`upper(${productId}) IN (${listed})`);
    tests.push(`lower(${productId}) LIKE 'gift\\_%' ESCAPE '\\'`);
    if (codesHaveDigits) tests.push(`NOT regexp_matches(${productId}, '[0-9]')`);
  }
  if (productName !== null) tests.push(`regexp_matches(${productName}, ${sqlString(DESCRIPTION_PATTERN)})`);
  return tests.length === 0 ? 'FALSE' : `coalesce(${tests.join(' OR ')}, FALSE)`;
};

/** 44000000 → "44,000,000", 1.5 → "1.5", -2500.25 → "-2,500.25"; exponent forms are left as they are. */
export function formatNumber(value: number): string {
  const plain = String(value);
  if (!Number.isFinite(value) || plain.includes('e')) return plain;
  const negative = plain.startsWith('-');
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.');
  let grouped = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += ',';
    grouped += integer[i];
  }
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

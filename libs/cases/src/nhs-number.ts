/** Removes spaces and dashes: "943 476 5919" -> "9434765919". */
export function normaliseNhsNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** NHS numbers are 10 digits whose last is a modulus-11 check digit (weights 10..2; 11 -> 0; 10 is invalid). */
export function isValidNhsNumber(raw: string): boolean {
  const n = normaliseNhsNumber(raw);
  if (!/^\d{10}$/.test(n)) return false;
  const sum = [...n.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(n[9]);
}

/** The name of the `n`th backup of `file` (1 is the newest): `db.json.1`, `db.json.2`, … */
export function backupFile(file: string, n: number): string {
  return `${file}.${n}`;
}

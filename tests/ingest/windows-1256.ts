/**
 * Encodes text as windows-1256 (the Arabic Windows code page), with the table taken from
 * TextDecoder itself; a character the code page lacks becomes a numeric character reference, as
 * a windows-1256 site writes it. Tests use it to make a real Arabic page into one saved that way.
 */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  for (const char of text) {
    const byte = table.get(char);
    if (byte !== undefined && char !== "\uFFFD") bytes.push(byte);
    else for (const c of `&#${char.codePointAt(0)};`) bytes.push(c.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

// Whether Gardien keeps a file of a mail: programs are refused by their name and by their bytes
// (file-type), zip files by what their central directory declares (a bomb: more than 100 times
// their size once unpacked past 10 MiB, over 200 MiB, or over 10,000 entries; or a zipped
// program). Nested zips are not opened (42.zip's first level looks harmless). Nothing
// is unpacked: the directory is read by hand (zip-directory.ts).
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { RefusedFile } from '../domain/inbound/mail.ts';
import { readZipDirectory } from './zip-directory.ts';

const PROGRAM_EXTENSIONS = new Set([
  '.exe', '.bat', '.cmd', '.com', '.scr', '.js', '.vbs', '.msi', '.ps1', '.jar', '.dll',
  '.pif', '.cpl', '.hta', '.wsf', '.vbe', '.jse', '.lnk', '.reg', '.msp', '.scf', '.sys',
]);

const PROGRAM_TYPES = new Set([
  'application/x-msdownload', 'application/x-elf', 'application/x-mach-binary', 'application/java-archive',
  'application/java-vm', 'application/x-ms-regedit',
]);

const BOMB_RATIO = 100;
// The ratio counts from 10 MiB unpacked: a mostly white image zipped is 100 times smaller, and harmless.
const BOMB_FLOOR = 10 * 1024 * 1024;
const BOMB_BYTES = 200 * 1024 * 1024;
const BOMB_ENTRIES = 10_000;

export type Refusal = Pick<RefusedFile, 'code' | 'reason'>;

function isProgramName(name: string): boolean {
  // "facture.pdf.exe", "x.exe." and "x.exe " all run as programs.
  return PROGRAM_EXTENSIONS.has(extname(name.replace(/[\s.]+$/, '')).toLowerCase());
}

function judgeZip(content: Buffer): Refusal | null {
  const zip = readZipDirectory(content);
  if (!zip) return null;
  const ratio = zip.uncompressedBytes / Math.max(content.length, 1);
  if (zip.uncompressedBytes > BOMB_BYTES || (zip.uncompressedBytes > BOMB_FLOOR && ratio > BOMB_RATIO) || zip.entries > BOMB_ENTRIES) {
    const mib = Math.round(zip.uncompressedBytes / 1024 / 1024);
    return { code: 'zip_bomb', reason: `The zip file would unpack to ${mib} MiB in ${zip.entries} entries from ${content.length} bytes.` };
  }
  const program = zip.names.find(isProgramName);
  if (program) return { code: 'executable', reason: `The zip file holds a program (${program.slice(0, 80)}).` };
  return null;
}

/** Why the file is refused, or null when it is kept. */
export async function judgeFile(filename: string, content: Buffer): Promise<Refusal | null> {
  if (isProgramName(filename)) return { code: 'executable', reason: 'Programs are not kept (refused by their name).' };
  const detected = await fileTypeFromBuffer(content.subarray(0, 4100)).catch(() => undefined);
  if (detected && PROGRAM_TYPES.has(detected.mime)) {
    return { code: 'executable', reason: `Programs are not kept (the file is a ${detected.ext} program whatever its name).` };
  }
  const zipMagic = content.length >= 4 && content.readUInt32LE(0) === 0x04034b50;
  if (zipMagic || detected?.ext === 'zip') return judgeZip(content);
  return null;
}

import { CadreError } from '../../model/cadre-error.js';
import { ZipArchive } from '../xlsx/zip-archive.js';

/** The manifest is a few KB; one past this is not read (and not taken as a sign of encryption). */
const MAX_MANIFEST_BYTES = 1024 ** 2;

/**
 * Whether an ODF package is password-protected: its META-INF/manifest.xml then describes how each part
 * is encrypted (`<manifest:encryption-data>`). Any doubt (not a zip, no manifest) answers false, and the
 * reader then says what is wrong with the file.
 */
export async function isEncryptedOdf(path: string): Promise<boolean> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(path, (d) => new CadreError('DAMAGED_FILE', d));
  } catch {
    return false;
  }
  try {
    const manifest = zip.find('META-INF/manifest.xml');
    if (!manifest || manifest.uncompressedSize > MAX_MANIFEST_BYTES) return false;
    return /<(?:[\w.-]+:)?encryption-data[\s/>]/.test((await zip.read(manifest)).toString('utf8'));
  } catch {
    return false;
  } finally {
    zip.close();
  }
}

import type { ByteSource, IoPlatform } from '../byte-source.js';
import { ReadError } from '../read-error.js';
import { ZipArchive } from '../zip/zip-archive.js';

/** The manifest is a few KB; one past this is not read (and not taken as a sign of encryption). */
const MAX_MANIFEST_BYTES = 1024 ** 2;

/**
 * Whether an ODF package is password-protected: its META-INF/manifest.xml then describes how each part
 * is encrypted (`<manifest:encryption-data>`). A package whose zip or manifest cannot be read answers
 * false, and the reader then says what is wrong with the file.
 */
export async function isEncryptedOdf(source: ByteSource, platform: IoPlatform): Promise<boolean> {
  try {
    const zip = await ZipArchive.open(source, platform);
    const manifest = zip.find('META-INF/manifest.xml');
    if (!manifest || manifest.uncompressedSize > MAX_MANIFEST_BYTES) return false;
    return /<(?:[\w.-]+:)?encryption-data[\s/>]/.test(platform.utf8(await zip.read(manifest)));
  } catch (err) {
    // Damage is for the reader to report; anything else is ours.
    if (err instanceof ReadError) return false;
    throw err;
  }
}

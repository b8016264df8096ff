import type { WorkbookSource } from '../sheet-rows.js';
import { openWorkbook } from '../open-workbook.js';
import { FileSource } from './file-source.js';
import type { IoPlatform } from '../byte-source.js';
import { nodePlatformInThread } from './node-platform.js';
import { nodeScanThread } from './scan-thread.js';

/** Node for the CLI: big xlsx sheets are scanned on a second thread while this one counts. */
export const nodePlatform: IoPlatform = { ...nodePlatformInThread, scanThread: nodeScanThread() };

/**
 * Opens a roster file on disk for reading (what the CLI does with each path it is given). `inThread`
 * keeps every sheet on the calling thread.
 */
export async function openFile(path: string, opts: { inThread?: boolean } = {}): Promise<WorkbookSource> {
  return openWorkbook(await FileSource.open(path), opts.inThread ? nodePlatformInThread : nodePlatform);
}

import { FileReferenceKind } from '../../files';

/** Materials are public, and so are the files they name. */
export const materialFiles: FileReferenceKind = {
  recordType: 'Material',
  readable: () => Promise.resolve(true),
};

import { listAccessDeclarations } from '../../src/core/auth/deny-undeclared';
import { buildApiSchema } from '../../src/app';

describe('access declarations', () => {
  // Review this snapshot: a change here is a change of who may call what.
  it('are as reviewed', async () => {
    expect(listAccessDeclarations(await buildApiSchema())).toMatchSnapshot();
  });
});

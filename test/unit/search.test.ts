import assert from 'node:assert/strict';
import { CorpusSearch, getBundledIndex } from '../../src/core/index';

const search = new CorpusSearch(getBundledIndex());

describe('corpus search', () => {
  it('finds the recommendation about joining DEPA from loose words', () => {
    const [best] = search.search('dock onto digital economy agreement');
    assert.equal(best.kind, 'recommendation');
    assert.equal(best.item.id, 't12-dock-onto-depa');
  });

  it('tolerates typos', () => {
    const hits = search.search('trade promotoin authorty', { kind: 'term' });
    assert.equal(hits[0]?.item.id, 'tpa');
  });

  it('finds recommendations by actor and sector words', () => {
    const hits = search.search('Congress economic security trade authority', { kind: 'recommendation', limit: 3 });
    assert.ok(hits.some((hit) => hit.item.id.startsWith('esa-')), JSON.stringify(hits.map((h) => h.item.id)));
  });

  it('returns nothing for an empty or stop-word query', () => {
    assert.deepEqual(search.search(''), []);
    assert.deepEqual(search.search('the of and'), []);
  });

  it('ranks results best first and honours the limit', () => {
    const hits = search.search('semiconductor supply chain', { limit: 4 });
    assert.equal(hits.length, 4);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score, `hit ${i - 1} (${hits[i - 1].score}) ranks above hit ${i} (${hits[i].score})`);
  });
});

import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderChartPng } from './chart-image';
it('img', async () => {
  const png = await renderChartPng({ type: 'bar', xName: 'category', categories: ['Tops','Jeans','Dresses','Shoes & bags "x"'], xValues: null, series: [{name:'revenue', values:[1200,800,450,300]},{name:'units', values:[400,300,200,100]}], style: 'currency', formatCode: '$#,##0', notes: [] }, { width: 8.55, height: 5.55 });
  writeFileSync('/tmp/deckplay/chart.png', png);
});

import type { QuoteDetailDto } from './quotes.dto.js';

const LABELS = {
  en: {
    quote: 'Quotation', number: 'Quote no.', revision: 'Revision', date: 'Date', validUntil: 'Valid until', customer: 'Customer',
    preparedBy: 'Prepared by', item: 'Item', description: 'Description', quantity: 'Qty', unit: 'Unit', unitPrice: 'Unit price',
    discount: 'Discount', tax: 'Tax', amount: 'Amount', subtotal: 'Subtotal', discountTotal: 'Discount', taxTotal: 'Tax',
    total: 'Total', terms: 'Terms', print: 'Print',
  },
  zh: {
    quote: '报价单', number: '报价单号', revision: '版本', date: '日期', validUntil: '有效期至', customer: '客户', preparedBy: '制单人',
    item: '产品', description: '规格说明', quantity: '数量', unit: '单位', unitPrice: '单价', discount: '折扣', tax: '税率',
    amount: '金额', subtotal: '小计', discountTotal: '折扣合计', taxTotal: '税额合计', total: '合计', terms: '条款', print: '打印',
  },
};

const escape = (text: string | null | undefined) =>
  (text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Quantities keep the decimals they were quoted with, no trailing zeros. */
const quantity = (value: string) => value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** The printable quote: one self-contained page the browser prints or saves as PDF. */
export function renderQuote(quote: QuoteDetailDto, company: string, locale: string): string {
  const t = locale.toLowerCase().startsWith('zh') ? LABELS.zh : LABELS.en;
  const money = (value: string) => `${escape(quote.currency)} ${value}`;
  const rows = quote.lines
    .map(
      (line, i) => `<tr>
        <td>${i + 1}</td><td>${escape(line.productCode)} ${escape(line.productName)}</td><td>${escape(line.description)}</td>
        <td class="n">${quantity(line.quantity)}</td><td>${escape(line.unit)}</td><td class="n">${line.unitPrice}</td>
        <td class="n">${line.discountPercent}%</td><td class="n">${line.taxRate}%</td><td class="n">${line.lineTotal}</td>
      </tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${t === LABELS.zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escape(t.quote)} ${escape(quote.quoteNumber)}</title>
<style>
  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; margin: 32px; font-size: 13px; }
  header { display: flex; justify-content: space-between; border-bottom: 2px solid #333; padding-bottom: 12px; }
  h1 { margin: 0; font-size: 22px; } h2 { margin: 0; font-size: 18px; color: #555; }
  dl { display: grid; grid-template-columns: max-content auto; gap: 4px 12px; margin: 16px 0; }
  dt { color: #666; } dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; margin-top: 12px; }
  th, td { border-bottom: 1px solid #ddd; padding: 6px; text-align: left; vertical-align: top; }
  th { background: #f4f4f4; } .n { text-align: right; white-space: nowrap; }
  .totals { margin-left: auto; width: 320px; } .totals td { border: none; } .totals tr:last-child td { font-weight: bold; border-top: 2px solid #333; }
  .terms { white-space: pre-wrap; margin-top: 24px; }
  @media print { button { display: none; } body { margin: 0; } }
</style>
</head>
<body>
<header><div><h1>${escape(company)}</h1></div><div><h2>${escape(t.quote)}</h2><button onclick="window.print()">${escape(t.print)}</button></div></header>
<dl>
  <dt>${t.number}</dt><dd>${escape(quote.quoteNumber)}</dd>
  <dt>${t.revision}</dt><dd>${quote.revision}</dd>
  <dt>${t.date}</dt><dd>${(quote.sentAt ?? quote.updatedAt).toISOString().slice(0, 10)}</dd>
  <dt>${t.validUntil}</dt><dd>${escape(quote.validUntil ?? '')}</dd>
  <dt>${t.customer}</dt><dd>${escape(quote.customer.name)}</dd>
  <dt>${t.preparedBy}</dt><dd>${escape(quote.owner?.name ?? '')}</dd>
</dl>
<p><strong>${escape(quote.title)}</strong></p>
<table>
  <thead><tr><th>#</th><th>${t.item}</th><th>${t.description}</th><th class="n">${t.quantity}</th><th>${t.unit}</th>
  <th class="n">${t.unitPrice}</th><th class="n">${t.discount}</th><th class="n">${t.tax}</th><th class="n">${t.amount}</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
<table class="totals">
  <tr><td>${t.subtotal}</td><td class="n">${money(quote.subtotal)}</td></tr>
  <tr><td>${t.discountTotal}</td><td class="n">-${money(quote.discountTotal)}</td></tr>
  <tr><td>${t.taxTotal}</td><td class="n">${money(quote.taxTotal)}</td></tr>
  <tr><td>${t.total}</td><td class="n">${money(quote.total)}</td></tr>
</table>
${quote.terms ? `<h3>${t.terms}</h3><div class="terms">${escape(quote.terms)}</div>` : ''}
</body>
</html>`;
}

import type { PricedLineColumns } from '../../common/database/money-columns.js';
import type { Product } from '../products/product.entity.js';
import type { QuoteLineDto } from './quotes.dto.js';

type ProductLine = PricedLineColumns & { productId: number; description: string | null; product: Product };

/** A quote's or order's line as the API shows it, with its product's code, name and unit. */
export function toPricedLineDto(line: ProductLine): QuoteLineDto {
  const { product, productId, description, quantity, unitPrice, discountPercent, taxRate, grossAmount, discountAmount, taxAmount, lineTotal } = line;
  return {
    productId,
    productCode: product.code,
    productName: product.name,
    unit: product.unit,
    description,
    quantity,
    unitPrice,
    discountPercent,
    taxRate,
    grossAmount,
    discountAmount,
    taxAmount,
    lineTotal,
  };
}

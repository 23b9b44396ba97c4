import { ApiProperty } from '@nestjs/swagger';
import type { Type } from '@nestjs/common';

/** The response of every list endpoint, for one item type: `class XPageDto extends PageOf(XDto) {}`. */
export function PageOf<T>(item: Type<T>) {
  class PageDto {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ description: 'Matching rows; at most 10,000 unless exactTotal was asked for' }) total: number;
    @ApiProperty({
      description: 'True when there are more rows than total ("10,000+"), or when counting ran out of time and total is the rows up to the end of this page',
    })
    totalIsCapped: boolean;
    @ApiProperty({ nullable: true, type: String, description: 'Fetches the next page at any depth' }) nextCursor: string | null;
  }
  return PageDto;
}

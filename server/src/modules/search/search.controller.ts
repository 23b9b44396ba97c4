import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { IntField, TextField } from '../../common/validation/validators.js';
import { CustomersService } from '../customers/customers.service.js';
import { ContactsService } from '../customers/contacts.service.js';

export class SearchQueryDto {
  @TextField(100, { required: true, description: 'Name (anywhere), code, phone or email (from the start)' })
  q: string;

  @IntField({ min: 1, max: 20, description: 'Results per kind, default 8' })
  limit?: number;
}

export class CustomerHitDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) ownerId: number | null;
}

export class ContactHitDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty() customerId: number;
  @ApiProperty() customerName: string;
}

export class SearchResultDto {
  @ApiProperty({ type: [CustomerHitDto] }) customers: CustomerHitDto[];
  @ApiProperty({ type: [ContactHitDto] }) contacts: ContactHitDto[];
}

/** One box that finds customers and contacts, each within the user's scope. */
@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'search', summary: 'Customers and contacts matching a text, in the user’s scope' })
  @ApiOkResponse({ type: SearchResultDto })
  async search(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto): Promise<SearchResultDto> {
    const limit = query.limit ?? 8;
    const [customers, contacts] = await Promise.all([
      actor.can('read', 'customers') ? this.customers.quickSearch(actor, query.q, limit) : [],
      actor.can('read', 'contacts') ? this.contacts.quickSearch(actor, query.q, limit) : [],
    ]);
    return { customers, contacts };
  }
}

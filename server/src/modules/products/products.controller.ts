import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { ProductsService } from './products.service.js';
import {
  CategoryDto,
  CategoryInputDto,
  CreateProductDto,
  EffectivePriceDto,
  PriceListDetailDto,
  PriceListDto,
  PriceListInputDto,
  PriceListItemsDto,
  PriceQueryDto,
  ProductDto,
  ProductListQueryDto,
  ProductPageDto,
  UpdatePriceListDto,
  UpdateProductDto,
} from './products.dto.js';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'listProducts', summary: 'The product catalogue, filtered and paged' })
  @ApiOkResponse({ type: ProductPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ProductListQueryDto): Promise<ProductPageDto> {
    return this.products.list(actor, query);
  }

  @Get(':id')
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'getProduct', summary: 'A product' })
  @ApiOkResponse({ type: ProductDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ProductDto> {
    return this.products.get(actor, id);
  }

  @Get(':id/price')
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'getEffectivePrice', summary: 'What a customer pays for the product on a day' })
  @ApiOkResponse({ type: EffectivePriceDto })
  price(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() query: PriceQueryDto): Promise<EffectivePriceDto> {
    return this.products.effectivePrice(actor, id, query);
  }

  @Post()
  @Permission('products', 'create')
  @ApiOperation({ operationId: 'createProduct', summary: 'Add a product' })
  @ApiCreatedResponse({ type: ProductDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProductDto): Promise<ProductDto> {
    return this.products.create(actor, body);
  }

  @Patch(':id')
  @Permission('products', 'update')
  @ApiOperation({ operationId: 'updateProduct', summary: 'Change a product (deactivate instead of deleting)' })
  @ApiOkResponse({ type: ProductDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateProductDto): Promise<ProductDto> {
    return this.products.update(actor, id, body);
  }
}

@ApiTags('products')
@Controller('product-categories')
export class ProductCategoriesController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'listProductCategories', summary: 'Product categories' })
  @ApiOkResponse({ type: [CategoryDto] })
  list(): Promise<CategoryDto[]> {
    return this.products.categories();
  }

  @Post()
  @Permission('products', 'create')
  @ApiOperation({ operationId: 'createProductCategory', summary: 'Add a category' })
  @ApiCreatedResponse({ type: [CategoryDto] })
  create(@CurrentActor() actor: Actor, @Body() body: CategoryInputDto): Promise<CategoryDto[]> {
    return this.products.saveCategory(actor, body);
  }

  @Put(':id')
  @Permission('products', 'update')
  @ApiOperation({ operationId: 'updateProductCategory', summary: 'Rename or move a category' })
  @ApiOkResponse({ type: [CategoryDto] })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: CategoryInputDto): Promise<CategoryDto[]> {
    return this.products.saveCategory(actor, body, id);
  }
}

@ApiTags('products')
@Controller('price-lists')
export class PriceListsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'listPriceLists', summary: 'Price lists, highest priority first' })
  @ApiOkResponse({ type: [PriceListDto] })
  list(): Promise<PriceListDto[]> {
    return this.products.listPriceLists();
  }

  @Get(':id')
  @Permission('products', 'read')
  @ApiOperation({ operationId: 'getPriceList', summary: 'A price list with its prices' })
  @ApiOkResponse({ type: PriceListDetailDto })
  get(@Param('id', ParseIntPipe) id: number): Promise<PriceListDetailDto> {
    return this.products.getPriceList(id);
  }

  @Post()
  @Permission('products', 'create')
  @ApiOperation({ operationId: 'createPriceList', summary: 'Add a price list (by customer level, with validity dates)' })
  @ApiCreatedResponse({ type: PriceListDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: PriceListInputDto): Promise<PriceListDetailDto> {
    return this.products.createPriceList(actor, body);
  }

  @Patch(':id')
  @Permission('products', 'update')
  @ApiOperation({ operationId: 'updatePriceList', summary: 'Change a price list' })
  @ApiOkResponse({ type: PriceListDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdatePriceListDto): Promise<PriceListDetailDto> {
    return this.products.updatePriceList(actor, id, body);
  }

  @Put(':id/items')
  @Permission('products', 'update')
  @ApiOperation({ operationId: 'replacePriceListItems', summary: 'Set every price of a list at once' })
  @ApiOkResponse({ type: PriceListDetailDto })
  replaceItems(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: PriceListItemsDto): Promise<PriceListDetailDto> {
    return this.products.replacePriceListItems(actor, id, body);
  }
}

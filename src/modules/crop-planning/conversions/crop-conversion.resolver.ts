import { Resolver } from 'type-graphql';
import { RegisterResolver } from '../../field-records';
import { CROP_PLANNING_READERS, CROP_PLANNING_WRITERS } from '../crop-planning-access';
import { CropConversion } from './crop-conversion.entity';
import { CreateCropConversionInput, CropConversionFilter, UpdateCropConversionInput } from './crop-conversion.inputs';
import { cropConversionService } from './crop-conversion.service';

@Resolver(() => CropConversion)
export class CropConversionResolver extends RegisterResolver({
  nodeType: CropConversion,
  name: 'CropConversion',
  listName: 'cropConversions',
  what: 'Crop conversions (task II.2): area turned from one crop to another, planned or done',
  createInput: CreateCropConversionInput,
  updateInput: UpdateCropConversionInput,
  filter: CropConversionFilter,
  readers: CROP_PLANNING_READERS,
  writers: CROP_PLANNING_WRITERS,
  service: cropConversionService,
}) {}

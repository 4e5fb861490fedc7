import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAuditModule } from '../admin-audit/admin-audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { UserDirectory } from './user-directory';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), DepartmentsModule, AdminAuditModule],
  controllers: [UsersController],
  providers: [UsersService, UserDirectory],
  exports: [UsersService, UserDirectory],
})
export class UsersModule {}

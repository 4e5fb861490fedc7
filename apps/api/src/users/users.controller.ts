import { routes, type UserView } from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint(routes.listUsers)
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Endpoint(routes.createUser, {
    description:
      'Administrators only (403 otherwise); 409 when the username is taken. `role` is `admin`, ' +
      '`supervisor` (the supervision office), `leader` (follows and comments) or `member` (of a department).',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(user, body);
  }

  @Endpoint(routes.updateUser, {
    description:
      'Administrators only (403 otherwise); 409 when the new username is taken. A role change applies to ' +
      "the user's next request. A new `password` or `active: false` ends every session of the user at " +
      'once (their tokens answer 401, their sockets are closed); a deactivated user cannot sign in until ' +
      '`active: true`. Administrators cannot deactivate themselves (400 naming `active`) nor take away their ' +
      'own administrator role (400 naming `role`). Every change is in the administration log.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(user, id, body);
  }
}

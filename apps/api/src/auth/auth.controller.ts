import {
  routes,
  type CurrentUser as CurrentUserView,
  type LoginResult,
  type UserPreferences,
} from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/endpoint.decorator';
import { UsersService } from '../users/users.service';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentSessionId, CurrentUser } from './current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';
import { Public } from './public.decorator';
import { Client, type RequestClient } from './request-client.decorator';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Endpoint(routes.login, {
    description:
      'The same 401 for a wrong username, a wrong password and a deactivated account. After 10 failures ' +
      'for one account in 15 minutes, or 100 from one address in an hour, 429 with `Retry-After` and ' +
      '`retryAfterSeconds`, even for the right password.',
  })
  @ApiResponse({ status: 401, description: 'Wrong username or password' })
  @ApiResponse({ status: 429, description: 'Too many failed sign-ins; see Retry-After' })
  login(@Body() body: LoginDto, @Client() client: RequestClient): Promise<LoginResult> {
    return this.auth.login(body, client);
  }

  @Endpoint(routes.logout, {
    description: "The user's other sessions (other devices) go on; this one's live sockets are closed.",
  })
  logout(@CurrentUser() user: AuthUser, @CurrentSessionId() sessionId: string): Promise<void> {
    return this.auth.logout(user, sessionId);
  }

  @Endpoint(routes.me)
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserView> {
    return this.users.currentUser(user.id);
  }

  @Endpoint(routes.updatePreferences, {
    description:
      "Only your own. Send any subset: `language` (`en`, `zh-CN`, or null for the browser's language), " +
      '`cardDensity` (`comfortable` or `compact`). Answers the whole set.',
  })
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdatePreferencesDto,
  ): Promise<UserPreferences> {
    return this.users.updatePreferences(user.id, body);
  }

  @Endpoint(routes.changePassword, {
    description:
      'Ends every session of yours (other devices must sign in again) and answers a new token for this ' +
      'one, like a sign-in. 400 naming `currentPassword` when it is wrong; wrong tries count as failed ' +
      'sign-ins (429 when there were too many).',
  })
  @ApiResponse({ status: 400, description: 'currentPassword is wrong, or newPassword too short' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Client() client: RequestClient,
  ): Promise<LoginResult> {
    return this.auth.changeOwnPassword(user, body, client);
  }
}

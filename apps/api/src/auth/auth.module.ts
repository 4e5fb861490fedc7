import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionEntity } from './session.entity';
import { SessionEvents } from './session-events';
import { SessionsService } from './sessions.service';

/**
 * Sign-in, sessions and passwords. Global: every module's routes pass its guard, the realtime gateway
 * authenticates sockets with AuthService, and users/ ends sessions through SessionsService.
 */
@Global()
@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([SessionEntity]),
    // Tokens carry their own `exp` (the session's end), so no default expiry here. The secret as a key
    // object: given a string, jsonwebtoken first tries it as a public key on every verify (createPublicKey
    // throws, then it makes the secret key): a few percent of the API's time under load (bench section 5).
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)) }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    PasswordHasher,
    LoginThrottle,
    SessionEvents,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [AuthService, SessionsService, PasswordHasher, SessionEvents],
})
export class AuthModule {}

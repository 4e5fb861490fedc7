import { createCommentSchema, routes, updateTaskSchema } from '@duban/contracts';
import { Body, Param, Query, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DECORATORS } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Endpoint } from './endpoint.decorator';

class UpdateTaskDto extends createZodDto(updateTaskSchema) {}
class CreateCommentDto extends createZodDto(createCommentSchema) {}

describe('@Endpoint', () => {
  it('serves the entry’s method, path and status, documented with its summary', () => {
    class Controller {
      @Endpoint(routes.updateTask, { description: 'More words' })
      update(@Param('taskId') taskId: string, @Body() body: UpdateTaskDto) {
        return [taskId, body];
      }
    }
    const handler = Object.getOwnPropertyDescriptor(Controller.prototype, 'update')?.value as object;
    expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.PATCH);
    expect(Reflect.getMetadata(PATH_METADATA, handler)).toBe('/tasks/:taskId');
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, handler)).toBe(200);
    expect(Reflect.getMetadata(DECORATORS.API_OPERATION, handler)).toEqual({
      summary: 'Edit a task',
      description: 'More words',
    });
  });

  it('refuses a body DTO made from another schema than the entry’s', () => {
    expect(() => {
      class Controller {
        @Endpoint(routes.updateTask)
        update(@Param('taskId') taskId: string, @Body() body: CreateCommentDto) {
          return [taskId, body];
        }
      }
      return Controller;
    }).toThrow('Controller.update (PATCH /tasks/:taskId): the body must be a createZodDto of the route');
  });

  it('refuses a body, or a query, on a route that takes none', () => {
    expect(() => {
      class Controller {
        @Endpoint(routes.getTask)
        get(@Param('taskId') taskId: string, @Query() query: UpdateTaskDto) {
          return [taskId, query];
        }
      }
      return Controller;
    }).toThrow('the query must be absent');
  });

  it('refuses path parameters other than the path’s', () => {
    expect(() => {
      class Controller {
        @Endpoint(routes.updateComment)
        update(@Param('commentId') commentId: string, @Body() body: CreateCommentDto) {
          return [commentId, body];
        }
      }
      return Controller;
    }).toThrow('path parameters [commentId], the route has [id]');
  });
});

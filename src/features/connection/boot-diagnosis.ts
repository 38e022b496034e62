import { ApiError } from '@/lib/api-client';

/** What the boot screen says when the data catalogue cannot be loaded (issue 13, point 2). */
export interface BootDiagnosis {
  title: string;
  /** What kind of failure, in words an installer can act on. */
  cause: string;
  /** What to check. */
  hint: string;
}

/** Where the troubleshooting steps are written (shipped with the program). */
export const TROUBLESHOOTING_DOC = 'docs/troubleshooting.md';

/**
 * Pure: the diagnosis of a failed catalogue load. `cspBlocked`: the page reported a
 * `securitypolicyviolation` for the API's address, which a failed fetch alone cannot tell
 * from a refused connection.
 */
export function diagnoseBoot(error: unknown, cspBlocked: boolean, pageOrigin: string): BootDiagnosis {
  if (cspBlocked) {
    return {
      title: '数据接口被页面的安全策略拦截',
      cause: '本页面的内容安全策略（CSP）不允许连接这个地址',
      hint: '本程序只允许连接构建时 VITE_API_BASE_URL 的地址：接口地址变了要重新构建；服务器另加的 CSP 头须与构建时的一致',
    };
  }
  const kind = error instanceof ApiError ? error.kind : 'network';
  switch (kind) {
    case 'network':
      if (error instanceof ApiError && error.reason === 'cors') {
        return {
          title: '数据接口未允许本页面跨域访问（CORS）',
          cause: `数据服务在运行并已应答，但没有允许本页面的来源 ${pageOrigin} 读取数据`,
          hint: `在数据服务的 CORS 设置中加入来源 ${pageOrigin}（Shiliu 自带的服务器：SHILIU_CORS_ORIGINS=${pageOrigin}，见 docs/deployment.md）`,
        };
      }
      return {
        title: '无法连接数据接口',
        cause: '连接被拒绝或网络不通：数据服务未启动、地址或端口错误，或被防火墙拦截',
        hint: '在这台电脑的浏览器里直接打开上面的地址：打不开就启动数据服务，或改正地址、端口和防火墙设置',
      };
    case 'timeout':
      return { title: '数据接口无响应', cause: (error as ApiError).message, hint: '检查网络和数据服务的负载' };
    case 'auth':
      return {
        title: '数据接口拒绝访问',
        cause: `${(error as ApiError).message}（${(error as ApiError).status ?? ''}）`,
        hint: '检查构建时的访问令牌（VITE_API_TOKEN）是否有效、是否有权访问该数据',
      };
    case 'parse':
      return {
        title: '数据接口返回的不是 JSON',
        cause: (error as ApiError).message,
        hint: '地址可能指向了网页、登录页或代理的错误页：VITE_API_BASE_URL 应为数据服务的地址（/api/v1 所在处）',
      };
    case 'schema':
      return {
        title: '数据接口返回的数据不符合约定',
        cause: (error as ApiError).message,
        hint: '数据服务与本程序的接口版本不一致：见 docs/api.md',
      };
    case 'not-found':
      return {
        title: '该地址上没有数据目录',
        cause: (error as ApiError).message,
        hint: 'VITE_API_BASE_URL 应为数据服务的地址（/api/v1/meta 所在处）',
      };
    default:
      return {
        title: '无法加载数据目录',
        cause: error instanceof Error ? error.message : String(error),
        hint: '查看数据服务的日志',
      };
  }
}

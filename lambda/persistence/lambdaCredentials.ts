/**
 * The credentials provider the Lambda bundle gives AWS SDK v3 in place of its default chain
 * (tools/build/bundle.ts aliases @aws-sdk/credential-provider-node to this file in the SDK's bundle).
 * Lambda always hands the execution role's credentials to the function as environment variables, so
 * the chain's other sources (profiles, SSO, web identity, container and instance metadata) are never
 * reached there; leaving them out removes about a quarter of the SDK's code, which every cold start
 * with a table would otherwise compile. Local tools run the TypeScript sources with the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);

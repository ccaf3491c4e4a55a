import { App } from 'aws-cdk-lib';
import { buildGascare } from '../gascare-app.ts';
import { loadTenants } from '../tenants.ts';

const app = new App();
const domainName = app.node.tryGetContext('consoleDomain') as string | undefined;
const certificateArn = app.node.tryGetContext('consoleCertificateArn') as string | undefined;

buildGascare(app, {
  tenants: loadTenants(),
  env: process.env.CDK_DEFAULT_ACCOUNT ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION } : undefined,
  consoleDomain: domainName && certificateArn ? { domainName, certificateArn } : undefined,
});

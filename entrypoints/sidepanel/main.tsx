import { mountPage } from '@/components/mount-page';
import { WorkspacePage } from '@/components/workspace/WorkspacePage';

mountPage(<WorkspacePage />);

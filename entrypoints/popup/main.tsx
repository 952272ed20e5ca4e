import { mountPage } from '@/components/mount-page';
import { PopupPage } from '@/components/popup/PopupPage';

mountPage(<PopupPage />);
